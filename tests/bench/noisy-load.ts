import autocannon from 'autocannon';

// The noisy municipality of bench:noisy-neighbour, in a process of its own so its 50
// connections do not slow the neighbour's measurement in the bench's event loop: listing
// pages and searches, none asked before. Prints autocannon's figures as JSON.
// Usage: node tests/bench/noisy-load.ts BASE_URL MUNICIPALITY SECONDS

const [base = '', municipality = '', seconds = '10'] = process.argv.slice(2);
let sequence = 0;
const listing = `/api/v1/municipalities/${municipality}/products?limit=24`;
const search = `/api/v1/municipalities/${municipality}/products?q=mjolk&limit=24`;
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  autocannon(
    {
      url: base,
      connections: 50,
      duration: Number(seconds),
      requests: [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            path: `${++sequence % 2 === 0 ? listing : search}&priceMaxOre=${1_000_000 + sequence}`,
          }),
        },
      ],
    },
    (error, finished) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(finished);
    },
  );
});
console.log(
  JSON.stringify({
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  }),
);
