// An organization's authorization endpoint for `npm run bench`: approves every authorization 5 ms after
// the request ends, in its own process so that the load generator's CPU does not slow its answers.
import http from 'node:http';

const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{"decision":"approve"}'), 5));
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
