/**
 * Worker thread: takes tasks from the pool's shared counter until none is left, runs each, and
 * reports progress per period and each outcome; then says it is idle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeTask, type WorkerInput, type WorkerMessage } from './pool.js';
import { executeTask } from './task.js';

const port = parentPort;
if (port) {
  const { tasks, next } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  const send = (msg: WorkerMessage) => port.postMessage(msg);
  for (let k = takeTask(counter); k < tasks.length; k = takeTask(counter)) {
    const task = tasks[k];
    send({ kind: 'done', outcome: await executeTask(task, (days) => send({ kind: 'progress', index: task.index, days })) });
  }
  send({ kind: 'idle' });
}
