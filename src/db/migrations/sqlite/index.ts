import * as migration_20261122_162149_initial from './20261122_162149_initial';

export const migrations = [
  {
    up: migration_20261122_162149_initial.up,
    down: migration_20261122_162149_initial.down,
    name: '20261122_162149_initial'
  },
];
