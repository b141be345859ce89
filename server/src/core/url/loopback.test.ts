import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLoopbackHost } from './loopback';

test('loopback: localhost, 127.0.0.0/8 and ::1, whatever the case, brackets or trailing dot', () => {
  for (const h of ['localhost', 'LOCALHOST', 'localhost.', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1']) assert.ok(isLoopbackHost(h), h);
});

test('not loopback: *.localhost (DNS decides), other addresses, look-alikes, nothing', () => {
  for (const h of ['api.localhost', '127.0.0.256', '128.0.0.1', '127.0.0.1.example.com', 'localhost.example.com', '::2', '', undefined]) assert.ok(!isLoopbackHost(h), String(h));
});
