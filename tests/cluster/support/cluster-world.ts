import supertest from 'supertest';
import { createDatabase } from '../../../server/src/db/database.ts';
import type { TestApp } from '../../api/support/test-app.ts';
import { demoPassword } from '../../api/support/test-app.ts';
import { type ReceivedMail, startSmtpSink } from '../../support/smtp-sink.ts';
import { type Cluster, startCluster } from './cluster.ts';
import { createClusterDatabase } from './cluster-database.ts';

/** How often every instance runs every periodic job in these tests (TEST_JOB_PERIOD_MS). */
export const jobPeriodMs = 300;

/**
 * Three app servers behind the proxy on a fresh seeded database, mailing to an SMTP sink;
 * with the API tests' shape (`database`, `clock`, `loginAs`, `agent`) so their factories
 * (createCheckoutShop, createGood…) set up shops through the proxy.
 */
export type ClusterWorld = Pick<TestApp, 'database' | 'clock' | 'loginAs' | 'agent'> & {
  cluster: Cluster;
  /** Every mail the instances delivered. */
  mails: ReceivedMail[];
  /** A client of one instance, past the proxy. */
  agentOf: (index: number) => supertest.Agent;
  close: () => Promise<void>;
};

export async function startClusterWorld(): Promise<ClusterWorld> {
  const [created, sink] = await Promise.all([createClusterDatabase(), startSmtpSink()]);
  const database = { ...createDatabase(created.url), url: created.url };
  let cluster: Cluster;
  try {
    cluster = await startCluster({
      databaseUrl: created.url,
      env: { SMTP_URL: sink.url, TEST_JOB_PERIOD_MS: String(jobPeriodMs) },
    });
  } catch (error) {
    await database.close();
    await Promise.all([created.drop(), sink.close()]);
    throw error;
  }
  const agent = () => supertest.agent(cluster.url);
  return {
    cluster,
    database,
    // The instances keep real time; so do the shops made here.
    clock: {
      now: () => Date.now(),
      advance: () => {
        throw new Error('a cluster keeps real time');
      },
    },
    agent,
    async loginAs(email, password = demoPassword) {
      const client = agent();
      const response = await client.post('/api/v1/auth/login').send({ email, password });
      if (response.status !== 200)
        throw new Error(`login as ${email} failed: ${response.status} ${response.text}`);
      return client;
    },
    mails: sink.received,
    agentOf: (index) => supertest.agent(cluster.instances[index]?.url ?? ''),
    async close() {
      await cluster.stop();
      await database.close();
      await Promise.all([created.drop(), sink.close()]);
    },
  };
}
