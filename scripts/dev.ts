import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run dev`: the API server (restarting on change) and Vite's dev server, which proxies
 * /api and /socket.io to it. Open http://localhost:5173.
 */
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
];

function stop(code: number): void {
  children.forEach((child) => child.kill('SIGTERM'));
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
children.forEach((child) => child.on('exit', (code) => stop(code ?? 0)));
