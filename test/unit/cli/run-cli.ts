/** Runs a CLI script as users run it: a child process through tsx (about a second each: keep their number small). */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Spawns take about a second alone, much longer on a busy machine. */
export const SPAWN_TIMEOUT = 120_000;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX, script, ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
