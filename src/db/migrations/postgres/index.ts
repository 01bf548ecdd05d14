import * as migration_20261122_165840_initial from './20261122_165840_initial';
import * as migration_20261201_093514_sender_scoped_ids from './20261201_093514_sender_scoped_ids';
import * as migration_20261201_110225_first_account from './20261201_110225_first_account';
import * as migration_20261201_125501_forwarding_outbox from './20261201_125501_forwarding_outbox';
import * as migration_20261201_131616_editorial_schedule_slugs from './20261201_131616_editorial_schedule_slugs';
import * as migration_20261201_132512_audit_log from './20261201_132512_audit_log';
import * as migration_20261201_134649_media_storage from './20261201_134649_media_storage';
import * as migration_20261201_141537_quality_review_widget_keys from './20261201_141537_quality_review_widget_keys';
import * as migration_20261201_162051_review_sign_off from './20261201_162051_review_sign_off';
import * as migration_20261201_170000_rate_limits from './20261201_170000_rate_limits';
import * as migration_20261201_172150_preview_links from './20261201_172150_preview_links';
import * as migration_20261201_174937_translation_status from './20261201_174937_translation_status';
import * as migration_20261201_201802_iati_identifier from './20261201_201802_iati_identifier';
import * as migration_20261201_234903_follow_up_days from './20261201_234903_follow_up_days';
import * as migration_20261201_235000_preview_link_revocation from './20261201_235000_preview_link_revocation';

export const migrations = [
  {
    up: migration_20261122_165840_initial.up,
    down: migration_20261122_165840_initial.down,
    name: '20261122_165840_initial',
  },
  {
    up: migration_20261201_093514_sender_scoped_ids.up,
    down: migration_20261201_093514_sender_scoped_ids.down,
    name: '20261201_093514_sender_scoped_ids',
  },
  {
    up: migration_20261201_110225_first_account.up,
    down: migration_20261201_110225_first_account.down,
    name: '20261201_110225_first_account',
  },
  {
    up: migration_20261201_125501_forwarding_outbox.up,
    down: migration_20261201_125501_forwarding_outbox.down,
    name: '20261201_125501_forwarding_outbox',
  },
  {
    up: migration_20261201_131616_editorial_schedule_slugs.up,
    down: migration_20261201_131616_editorial_schedule_slugs.down,
    name: '20261201_131616_editorial_schedule_slugs',
  },
  {
    up: migration_20261201_132512_audit_log.up,
    down: migration_20261201_132512_audit_log.down,
    name: '20261201_132512_audit_log',
  },
  {
    up: migration_20261201_134649_media_storage.up,
    down: migration_20261201_134649_media_storage.down,
    name: '20261201_134649_media_storage',
  },
  {
    up: migration_20261201_141537_quality_review_widget_keys.up,
    down: migration_20261201_141537_quality_review_widget_keys.down,
    name: '20261201_141537_quality_review_widget_keys',
  },
  {
    up: migration_20261201_162051_review_sign_off.up,
    down: migration_20261201_162051_review_sign_off.down,
    name: '20261201_162051_review_sign_off',
  },
  {
    up: migration_20261201_170000_rate_limits.up,
    down: migration_20261201_170000_rate_limits.down,
    name: '20261201_170000_rate_limits',
  },
  {
    up: migration_20261201_172150_preview_links.up,
    down: migration_20261201_172150_preview_links.down,
    name: '20261201_172150_preview_links',
  },
  {
    up: migration_20261201_174937_translation_status.up,
    down: migration_20261201_174937_translation_status.down,
    name: '20261201_174937_translation_status',
  },
  {
    up: migration_20261201_201802_iati_identifier.up,
    down: migration_20261201_201802_iati_identifier.down,
    name: '20261201_201802_iati_identifier',
  },
  {
    up: migration_20261201_234903_follow_up_days.up,
    down: migration_20261201_234903_follow_up_days.down,
    name: '20261201_234903_follow_up_days'
  },
  {
    up: migration_20261201_235000_preview_link_revocation.up,
    down: migration_20261201_235000_preview_link_revocation.down,
    name: '20261201_235000_preview_link_revocation',
  },
];
