/**
 * `--sample N`: N channels of each group, spread evenly over the group (its first, its last and between),
 * so a sample of a big list still meets every server it uses, without asking each of them for everything.
 */
import type { ChannelSpec } from './types.ts';

export function sampleByGroup(channels: readonly ChannelSpec[], perGroup: number): ChannelSpec[] {
  if (perGroup <= 0) return [...channels];
  const groups = new Map<string, number[]>();
  channels.forEach((channel, index) => {
    const members = groups.get(channel.group) ?? [];
    members.push(index);
    groups.set(channel.group, members);
  });
  const keep = new Set<number>();
  for (const members of groups.values()) {
    if (members.length <= perGroup) {
      for (const index of members) keep.add(index);
      continue;
    }
    for (let pick = 0; pick < perGroup; pick++) {
      const at = perGroup === 1 ? 0 : Math.round((pick * (members.length - 1)) / (perGroup - 1));
      keep.add(members[at] as number);
    }
  }
  return channels.filter((_channel, index) => keep.has(index));
}
