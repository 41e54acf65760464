import { AWS_ROWS } from './rows/aws.ts';
import { BLOCK_PAGE_ROWS } from './rows/block-pages.ts';
import { BOT_MANAGER_ROWS } from './rows/bot-managers.ts';
import { CLOUDFLARE_ROWS } from './rows/cloudflare.ts';
import { FIREWALL_PRODUCT_ROWS } from './rows/firewall-products.ts';
import { GENERIC_ROWS } from './rows/generic.ts';
import { HOME_NETWORK_ROWS } from './rows/home-network.ts';
import { HOSTING_FIREWALL_ROWS } from './rows/hosting-firewalls.ts';
import { MAJOR_CDN_ROWS } from './rows/major-cdns.ts';
import { MEDIA_SERVER_ROWS } from './rows/media-servers.ts';
import { PANEL_ROWS } from './rows/panels.ts';
import { PLATFORM_ROWS } from './rows/platforms.ts';
import { REGIONAL_CDN_ROWS } from './rows/regional-cdns.ts';
import { SECURITY_GATEWAY_ROWS } from './rows/security-gateways.ts';
import { SITE_PLUGIN_ROWS } from './rows/site-plugins.ts';
import { STORE_ROWS } from './rows/stores.ts';
import { STREAMING_ROWS } from './rows/streaming.ts';
import { VIDEO_PLATFORM_ROWS } from './rows/video-platforms.ts';
import { WAF_APPLIANCE_ROWS } from './rows/waf-appliances.ts';
import type { VendorRow } from './schema.ts';

export type { VendorRow } from './schema.ts';

/**
 * Every vendor fingerprint, one row per vendor, its public sources in comments next to each marker.
 * Order breaks exact ties only: a product before its parent (Cloudflare Stream before Cloudflare), the
 * firewall before the CDN it rides on (AWS WAF before CloudFront), bot managers and firewalls before the
 * CDNs that carry them, object stores before the CDNs that relay their errors, streaming servers and panel
 * software after the platforms, generic server software last.
 */
export const VENDOR_TABLE: readonly VendorRow[] = [
  ...AWS_ROWS,
  ...CLOUDFLARE_ROWS,
  ...BOT_MANAGER_ROWS,
  ...WAF_APPLIANCE_ROWS,
  ...FIREWALL_PRODUCT_ROWS,
  ...HOSTING_FIREWALL_ROWS,
  ...SITE_PLUGIN_ROWS,
  ...SECURITY_GATEWAY_ROWS,
  ...BLOCK_PAGE_ROWS,
  ...STORE_ROWS,
  ...MAJOR_CDN_ROWS,
  ...PLATFORM_ROWS,
  ...REGIONAL_CDN_ROWS,
  ...STREAMING_ROWS,
  ...VIDEO_PLATFORM_ROWS,
  ...MEDIA_SERVER_ROWS,
  ...HOME_NETWORK_ROWS,
  ...PANEL_ROWS,
  ...GENERIC_ROWS,
];

/**
 * The rows, for the code that matches them. The extension's bundles replace this module (build.mjs,
 * `vendor-table-as-data`) with the packed rows unpacked on the first call, so a worker that wakes without a
 * refusal to read never pays for them; tests and tools read the written objects directly.
 */
export function vendorRows(): readonly VendorRow[] {
  return VENDOR_TABLE;
}
