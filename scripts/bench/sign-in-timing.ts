/**
 * Does a sign-in answer tell whether a user name exists? Times wrong passwords, unknown names
 * and right passwords against the real session routes on a loopback port, with the real scrypt
 * parameters, interleaved so machine load hits all three alike. Prints a markdown table.
 *
 *   npx tsx scripts/bench/sign-in-timing.ts [--rounds 30]
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import express from 'express';
import { MemoryAccountStore } from '../../api/src/auth/memory-account-store';
import { setupSession } from '../../api/src/auth/setup-session';
import { addUser } from '../../api/src/auth/users';
import { problemHandler } from '../../api/src/http/problem';
import { machineLine } from './machine';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '30' } } });
const rounds = Number(values.rounds);

const accounts = new MemoryAccountStore();
await addUser(accounts, { name: 'ana', role: 'editor', password: 'lantern-canal-7' });
const app = express();
// the limiter is what a guesser meets first; lifted here so every attempt reaches the hash
setupSession(app, { accounts, loginLimit: { perUser: 1e9, perAddress: 1e9 } });
app.use(problemHandler);
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/session`;

const cases = {
  'wrong password': { user: 'ana', password: 'wrong-password' },
  'unknown name': { user: 'nobody', password: 'wrong-password' },
  'right password': { user: 'ana', password: 'lantern-canal-7' },
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const statuses: Record<string, Set<number>> = Object.fromEntries(Object.keys(cases).map((k) => [k, new Set()]));

// one warm-up of each, then rounds in turn
for (let round = -1; round < rounds; round++) {
  for (const [name, body] of Object.entries(cases)) {
    const started = performance.now();
    const res = await fetch(base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    if (round >= 0) {
      times[name].push(performance.now() - started);
      statuses[name].add(res.status);
    }
  }
}
server.close();

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
console.log(machineLine());
console.log(`\n${rounds} sign-ins of each kind, scrypt ln=15 r=8 p=3\n`);
console.log('| attempt | status | median | p10 | p90 |');
console.log('| --- | --- | --- | --- | --- |');
for (const name of Object.keys(cases)) {
  const t = times[name];
  console.log(`| ${name} | ${[...statuses[name]].join(', ')} | ${quantile(t, 0.5).toFixed(0)} ms | ${quantile(t, 0.1).toFixed(0)} ms | ${quantile(t, 0.9).toFixed(0)} ms |`);
}
