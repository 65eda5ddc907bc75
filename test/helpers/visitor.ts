import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './harness.js';

/** A cookie jar and form submitter over inject(), as a browser without JavaScript would behave. */
export function visitor(harness: TestApp, sent: { host?: string } = {}) {
  const extra = sent.host ? { host: sent.host } : {};
  const jar = new Map<string, string>();
  const remember = (response: LightMyRequestResponse) => {
    const header = response.headers['set-cookie'];
    for (const line of Array.isArray(header) ? header : header ? [header] : []) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      jar.set(name!, value!);
    }
    return response;
  };
  const cookie = () => [...jar.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  const self = {
    jar,
    lastPage: '',
    async get(url: string) {
      const response = remember(await harness.app.inject({ method: 'GET', url, headers: { ...extra, cookie: cookie(), accept: 'text/html' } }));
      self.lastPage = response.body;
      return response;
    },
    csrf(): string {
      return /name="_csrf" value="([^"]+)"/.exec(self.lastPage)?.[1] ?? '';
    },
    async post(url: string, form: Record<string, string>, options: { withCsrf?: boolean } = {}) {
      const body = new URLSearchParams({ ...(options.withCsrf === false ? {} : { _csrf: self.csrf() }), ...form }).toString();
      const response = remember(
        await harness.app.inject({
          method: 'POST',
          url,
          headers: { ...extra, cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          payload: body,
        }),
      );
      self.lastPage = response.body;
      return response;
    },
    /** Creates the account, then signs in as sign-up asks; answers the sign-in (or the refused sign-up). */
    async signUp(organization: string, email: string, password = 'correct horse battery') {
      await self.get('/dashboard/sign-up');
      const created = await self.post('/dashboard/sign-up', { organization, email, password });
      if (created.headers.location !== '/dashboard/sign-in?notice=signed-up') return created;
      await self.get('/dashboard/sign-in');
      return self.post('/dashboard/sign-in', { email, password });
    },
  };
  return self;
}
