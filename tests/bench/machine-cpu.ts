import fs from 'node:fs';

// Where a benchmark's CPU went on this machine, read from Linux's /proc: the PostgreSQL
// server's processes (when the database runs here, as on the development machine) and the
// machine's idle share. A rate alone cannot say whether the app, the database or nobody was
// busy; these can. Null where /proc is not there to read.

const ticksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on (`getconf CLK_TCK`)

/** CPU time (ms) the local PostgreSQL server's processes have used, all of them summed. */
function postgresCpuMs(): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
      ticks += Number(fields?.[11] ?? 0) + Number(fields?.[12] ?? 0);
    } catch {
      // A backend that ended between the listing and the read used nothing more.
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** Busy and idle ticks of the whole machine, all cores (the first line of /proc/stat). */
function machineTicks(): { busy: number; idle: number } | null {
  if (!fs.existsSync('/proc/stat')) return null;
  const firstLine = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    firstLine.trim().split(/\s+/).slice(1).map(Number);
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait };
}

/**
 * Starts counting; the returned function gives, for the work done meanwhile, the PostgreSQL
 * server's CPU per unit (ms) and the share of the machine that stayed idle. A backend that
 * ended meanwhile takes its time with it, so run this around work on long-lived connections.
 */
export function countMachineCpu(): (units: number) => {
  databaseCpuMsPerUnit: number | null;
  machineIdleShare: number | null;
} {
  const database = postgresCpuMs();
  const machine = machineTicks();
  return (units) => {
    const databaseAfter = postgresCpuMs();
    const machineAfter = machineTicks();
    const busy = machine && machineAfter ? machineAfter.busy - machine.busy : null;
    const idle = machine && machineAfter ? machineAfter.idle - machine.idle : null;
    return {
      databaseCpuMsPerUnit:
        database === null || databaseAfter === null
          ? null
          : Math.round(((databaseAfter - database) / units) * 1000) / 1000,
      machineIdleShare:
        busy === null || idle === null || busy + idle === 0
          ? null
          : Math.round((idle / (busy + idle)) * 100) / 100,
    };
  };
}

/** CPU milliseconds (user + system, every thread) a process has used so far; null without /proc. */
export function processCpuMs(pid: number): number | null {
  if (!fs.existsSync(`/proc/${pid}/stat`)) return null;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * (1000 / ticksPerSecond);
}
