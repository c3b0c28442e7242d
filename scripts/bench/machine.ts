/** The machine a benchmark ran on, for the first line of every table. */
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
  /** 1-minute load average when measuring began: other work on the machine skews every figure */
  load: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    load: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

export function machineLine(m: Machine = machine()): string {
  return `CPU: ${m.cpu} × ${m.cores} cores · ${m.memoryGb} GB · Node ${m.node} · ${m.os} · ${m.date} · load average ${m.load} at start`;
}
