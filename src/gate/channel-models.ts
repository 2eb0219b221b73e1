// `channels.modelByChannel` routes a channel to a model outside the attested model evidence: a
// channel answered by a provider the policy denies is a problem that blocks the pull request like
// a finding (issue 12), whatever acceptance says. Pure over the head's written config and policy.
import { normalizeProviderIdPlain } from '../engine/provider-ids.js';
import { isRecord } from '../engine/record.js';

/** One sentence per channel route to a denied (or not allowed) provider. */
export function channelModelProblems(config: unknown, policy: unknown): string[] {
  const routes = isRecord(config) && isRecord(config.channels) ? config.channels.modelByChannel : undefined;
  if (!isRecord(routes)) return [];
  const providers = isRecord(policy) && isRecord(policy.models) ? policy.models.providers : undefined;
  const deny = providerList(isRecord(providers) ? providers.deny : undefined);
  const allow = providerList(isRecord(providers) ? providers.allow : undefined);
  return modelRefs(routes, 'channels.modelByChannel').flatMap(({ setting, ref }) => {
    const slash = ref.indexOf('/');
    if (slash <= 0) return []; // an alias or the default provider's model: the model evidence covers it
    const provider = normalizeProviderIdPlain(ref.slice(0, slash));
    if (deny.includes(provider))
      return [
        `${setting} routes to '${ref}', of provider '${provider}', which the policy denies (models.providers.deny).`,
      ];
    if (allow.length > 0 && !allow.includes(provider))
      return [
        `${setting} routes to '${ref}', of provider '${provider}', which the policy does not allow (models.providers.allow).`,
      ];
    return [];
  });
}

function modelRefs(value: unknown, setting: string): { setting: string; ref: string }[] {
  if (typeof value === 'string') return [{ setting, ref: value.trim() }];
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => modelRefs(inner, `${setting}.${key}`));
}

function providerList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string').map(normalizeProviderIdPlain)
    : [];
}
