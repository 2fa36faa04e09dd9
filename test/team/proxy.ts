import net from 'node:net';

/**
 * A TCP relay in front of the run's PostgreSQL, standing for the team server as a laptop sees
 * it: stopped, every connection drops and new ones are refused, as with a server shut down; the
 * other tests' databases on the shared server are not disturbed. Started again on the same port.
 */
export async function serverRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const next = net.createServer((inbound) => {
        const outbound = net.connect(target.port, target.host);
        for (const socket of [inbound, outbound]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined); // the other side's close ends the pair
        }
        inbound.pipe(outbound).pipe(inbound);
        inbound.on('close', () => outbound.destroy());
        outbound.on('close', () => inbound.destroy());
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as net.AddressInfo).port;
        server = next;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      if (current) current.close(() => resolve());
      else resolve();
    });
  await start();
  return { port, start, stop };
}
