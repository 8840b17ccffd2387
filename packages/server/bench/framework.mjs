// Hono (on @hono/node-server) vs Fastify for this server's shape: a JSON GET and a validated JSON POST.
// Run: node packages/server/bench/framework.mjs  — prints requests/s and cold start for each.
import { performance } from 'node:perf_hooks';

const N = Number(process.env.N ?? 3000);
const CONCURRENCY = 16;
const goals = Array.from({ length: 50 }, (_, i) => ({ id: `g${i}`, title: `Goal ${i}`, progress: i / 50 }));

async function load(url, init) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < N) { const r = await fetch(url, init); await r.arrayBuffer(); }
  }));
  return Math.round(N / ((performance.now() - t0) / 1000));
}

async function hono() {
  const t0 = performance.now();
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  app.get('/goals', (c) => c.json({ goals }));
  app.post('/echo', async (c) => c.json(await c.req.json(), 201));
  const server = await new Promise((resolve) => { const s = serve({ fetch: app.fetch, port: 0 }, () => resolve(s)); });
  const start = performance.now() - t0;
  return { server, port: server.address().port, start, close: () => new Promise((r) => server.close(r)) };
}

async function fastify() {
  const t0 = performance.now();
  const { default: Fastify } = await import('fastify');
  const app = Fastify();
  app.get('/goals', async () => ({ goals }));
  app.post('/echo', async (req, reply) => reply.code(201).send(req.body));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const start = performance.now() - t0;
  return { port: app.server.address().port, start, close: () => app.close() };
}

for (const [name, make] of [['hono', hono], ['fastify', fastify]]) {
  const s = await make();
  const base = `http://127.0.0.1:${s.port}`;
  await load(`${base}/goals`); // warm up
  const get = await load(`${base}/goals`);
  const post = await load(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: 1, goals }) });
  console.log(`${name}: cold start ${s.start.toFixed(0)} ms, GET ${get} req/s, POST ${post} req/s`);
  await s.close();
}
