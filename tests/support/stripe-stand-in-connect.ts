import {
  type FormObject,
  StandInRequestError,
  newId,
  notFound,
  readObject,
  readString,
  seconds,
} from './stripe-form.ts';

export type StandInAccount = {
  id: string;
  email: string | null;
  businessName: string | null;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
};
export type StandInLink = { id: string; accountId: string; returnUrl: string; refreshUrl: string };

/** Connect in the stand-in: accounts, onboarding links and the "Complete onboarding" step. */
export function createStandInConnect(deps: {
  state: { accounts: Map<string, StandInAccount>; links: Map<string, StandInLink> };
  baseUrl: () => string;
}) {
  const account = (id: string) => {
    const found = deps.state.accounts.get(id);
    if (!found) throw notFound('account', id);
    return found;
  };
  const accountJson = (found: StandInAccount) => ({
    id: found.id,
    object: 'account',
    country: 'SE',
    email: found.email,
    business_profile: { name: found.businessName },
    charges_enabled: found.charges_enabled,
    payouts_enabled: found.payouts_enabled,
    details_submitted: found.details_submitted,
  });
  function createAccount(form: FormObject) {
    const created: StandInAccount = {
      id: newId('acct'),
      email: readString(form, 'email', false),
      businessName: readString(readObject(form, 'business_profile'), 'name', false),
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
    };
    deps.state.accounts.set(created.id, created);
    return accountJson(created);
  }

  function createLink(form: FormObject) {
    const accountId = readString(form, 'account') ?? '';
    account(accountId);
    if (readString(form, 'type') !== 'account_onboarding')
      throw new StandInRequestError('Only account_onboarding links here.', { param: 'type' });
    const created: StandInLink = {
      id: newId('link'),
      accountId,
      returnUrl: readString(form, 'return_url') ?? '',
      refreshUrl: readString(form, 'refresh_url') ?? '',
    };
    deps.state.links.set(created.id, created);
    return {
      object: 'account_link',
      created: seconds(),
      expires_at: seconds() + 300,
      url: `${deps.baseUrl()}/connect/${created.id}`,
    };
  }

  function link(id: string): StandInLink {
    const found = deps.state.links.get(id);
    if (!found) throw notFound('account link', id);
    return found;
  }

  return {
    account,
    accountJson,
    createAccount,
    createLink,
    link,
    /** What the onboarding page's button does: Stripe has every detail it needs. */
    completeAccount(id: string) {
      const found = account(id);
      Object.assign(found, {
        charges_enabled: true,
        payouts_enabled: true,
        details_submitted: true,
      });
      return accountJson(found);
    },
  };
}
