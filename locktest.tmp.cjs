const sqlite3 = require('sqlite3');
const file = '/tmp/locktest/live.sqlite';
const run = (db, sql) => new Promise((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
const mode = process.argv[2];
(async () => {
  if (mode === 'holder') {
    const db = new sqlite3.Database(file);
    await run(db, 'PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS t(x); INSERT INTO t VALUES (1); SELECT * FROM t;');
    console.log('holder open, idle'); setTimeout(() => db.close(), 4000);
  } else {
    const db = new sqlite3.Database(file);
    try {
      await run(db, 'PRAGMA busy_timeout=0; PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;');
      console.log('probe: got exclusive');
    } catch (e) { console.log('probe: refused', e.code); }
    db.close();
  }
})();
