import { AWS_ROWS } from './rows/aws.ts';
import { BOT_MANAGER_ROWS } from './rows/bot-managers.ts';
import { CLOUDFLARE_ROWS } from './rows/cloudflare.ts';
import { GENERIC_ROWS } from './rows/generic.ts';
import { MAJOR_CDN_ROWS } from './rows/major-cdns.ts';
import { PLATFORM_ROWS } from './rows/platforms.ts';
import { WAF_APPLIANCE_ROWS } from './rows/waf-appliances.ts';
import type { VendorRow } from './schema.ts';

export type { VendorRow } from './schema.ts';

/**
 * Every vendor fingerprint, one row per vendor, its public sources in comments next to each marker.
 * Order breaks exact ties only: a product before its parent (Cloudflare Stream before Cloudflare), the
 * firewall before the CDN it rides on (AWS WAF before CloudFront), bot managers and firewalls before the
 * CDNs that carry them, generic server software last.
 */
export const VENDOR_TABLE: readonly VendorRow[] = [
  ...AWS_ROWS,
  ...CLOUDFLARE_ROWS,
  ...BOT_MANAGER_ROWS,
  ...WAF_APPLIANCE_ROWS,
  ...MAJOR_CDN_ROWS,
  ...PLATFORM_ROWS,
  ...GENERIC_ROWS,
];
