/**
 * Worker thread: takes tasks from the front of the pool's size-ordered list (the largest left) until
 * none is left, runs each, and reports progress per period and each outcome; then says it is idle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeTask, type WorkerInput, type WorkerMessage } from './pool.js';
import { executeTask } from './task.js';

const port = parentPort;
if (port) {
  const { tasks, ends: shared } = workerData as WorkerInput;
  const ends = new BigInt64Array(shared);
  const send = (msg: WorkerMessage) => port.postMessage(msg);
  for (let k = takeTask(ends, 'front'); k >= 0; k = takeTask(ends, 'front')) {
    const task = tasks[k];
    send({ kind: 'done', outcome: await executeTask(task, (days) => send({ kind: 'progress', index: task.index, days })) });
  }
  send({ kind: 'idle' });
}
