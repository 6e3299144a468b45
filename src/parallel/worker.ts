/** Worker thread: runs the tasks the pool sends, one at a time, reporting progress per period. */
import { parentPort } from 'node:worker_threads';
import { executeTask, type RunTask } from './task.js';

const port = parentPort;
if (port) {
  port.on('message', (task: RunTask) => {
    void executeTask(task, (days) => port.postMessage({ kind: 'progress', index: task.index, days })).then((outcome) =>
      port.postMessage({ kind: 'done', outcome }),
    );
  });
}
