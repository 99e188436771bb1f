import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeServer, describeListenError, listen, type ListenAt } from '../../adapters/http-listen.js';

const at = (port: number, host: string | undefined = '127.0.0.1'): ListenAt => ({
  port,
  host,
  portVariable: 'TEST_PORT',
  hostVariable: 'TEST_HOST',
  what: 'the test server',
});
const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`listen ${code}`), { code });

describe('listening on a configured address', () => {
  it('listens, says where, and closes', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    const address = await listen(server, at(0));
    expect(address.host).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    expect(await (await fetch(`http://127.0.0.1:${address.port}/`)).text()).toBe('ok');
    await closeServer(server);
    expect(server.listening).toBe(false);
  });

  it('names the port setting when the port is taken', async () => {
    const first = createServer();
    const { port } = await listen(first, at(0));
    const error = await listen(createServer(), at(port)).catch((e: unknown) => e);
    await closeServer(first);
    expect((error as Error).message).toBe(`TEST_PORT ${port} is already in use on 127.0.0.1: stop the other program or set TEST_PORT to a free port in .env`);
  });

  it('names the setting to change for each kind of failure', () => {
    expect(describeListenError(failure('EACCES'), at(80)).message).toMatch(/^TEST_PORT 80 may not be opened by this user/u);
    expect(describeListenError(failure('EADDRNOTAVAIL'), at(3000, '10.9.9.9')).message).toMatch(
      /^TEST_HOST '10\.9\.9\.9' is not an address of this machine: set TEST_HOST/u,
    );
    expect(describeListenError(failure('EOTHER'), { ...at(3000), host: undefined }).message).toBe(
      'the test server could not listen on all interfaces port 3000: listen EOTHER',
    );
  });
});
