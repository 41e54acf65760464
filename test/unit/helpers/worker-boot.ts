/** The real worker over a fake browser that watches `hosts`, with a typed `send` as the pages use it. */
import { startWorker } from '../../../background/worker.ts';
import type { MessageType, Reply, Request } from '../../../src/messages.ts';
import { FakeBrowser } from '../background/fake-browser.ts';

export async function bootWorker(hosts: readonly string[]) {
  const fake = new FakeBrowser();
  for (const host of hosts) fake.profile.granted.push(`*://${host}/*`);
  const worker = startWorker(fake, { log: () => {} });
  await worker.ready;
  const send = <T extends MessageType>(type: T, payload: Request<T>) =>
    fake.send({ type, payload }) as Promise<Reply<T>>;
  return { fake, worker, send };
}
