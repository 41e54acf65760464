/**
 * Bot managers' background sensor calls: requests a protected page makes on its own, which the vendor answers
 * with a challenge for every visitor as part of its normal flow. Kasada's `/<id>/<id>/fp?x-kpsdk-v=…` in a
 * hidden frame "returns a status 429" and runs its fingerprinting script (ips.js) for a first visit
 * (https://github.com/0x6a69616e/kpsdk-solver README, "Notes"); seen on every page of Twitch's, Nike's and
 * retailers' sites. Such a 429 is not a refusal the viewer met, so it is not diagnosed.
 */
const SENSOR_CALL = /^https?:\/\/[^/?#]+\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/(?:fp|tl|mfc)(?:[?#]|$)/i;

/** Whether the URL is a bot manager's background sensor call. */
export function isBotSensorCall(url: string): boolean {
  return SENSOR_CALL.test(url);
}
