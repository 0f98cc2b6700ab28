import { describe, expect, it } from 'vitest';
import {
  allowedShopActions,
  editableProfileFields,
  mayRequestListing,
  missingForSubmission,
  nextShopStatus,
} from './shop-status.ts';

describe('shop status rules', () => {
  it('lets the owner submit a draft or a returned shop and nothing else', () => {
    expect(nextShopStatus('draft', 'submit')).toBe('submitted');
    expect(nextShopStatus('returned', 'submit')).toBe('submitted');
    expect(nextShopStatus('submitted', 'submit')).toBeNull();
    expect(nextShopStatus('published', 'submit')).toBeNull();
    expect(nextShopStatus('suspended', 'submit')).toBeNull();
  });

  it('lets the admin approve or return only a submitted shop', () => {
    expect(nextShopStatus('submitted', 'approve')).toBe('published');
    expect(nextShopStatus('submitted', 'return')).toBe('returned');
    expect(nextShopStatus('draft', 'approve')).toBeNull();
    expect(nextShopStatus('returned', 'approve')).toBeNull();
    expect(nextShopStatus('published', 'return')).toBeNull();
  });

  it('suspends only a published shop and reinstates only a suspended one', () => {
    expect(nextShopStatus('published', 'suspend')).toBe('suspended');
    expect(nextShopStatus('suspended', 'reinstate')).toBe('published');
    expect(nextShopStatus('submitted', 'suspend')).toBeNull();
    expect(nextShopStatus('published', 'reinstate')).toBeNull();
  });

  it('offers each kind of actor only its own actions', () => {
    expect(allowedShopActions('submitted', 'admin')).toEqual(['approve', 'return']);
    expect(allowedShopActions('submitted', 'owner')).toEqual([]);
    expect(allowedShopActions('returned', 'owner')).toEqual(['submit']);
    expect(allowedShopActions('published', 'admin')).toEqual(['suspend']);
  });

  it('freezes the profile under review and suspension and the identity once published', () => {
    expect(editableProfileFields('draft')).toBe('all');
    expect(editableProfileFields('returned')).toBe('all');
    expect(editableProfileFields('published')).toBe('all_but_identity');
    expect(editableProfileFields('submitted')).toBe('none');
    expect(editableProfileFields('suspended')).toBe('none');
  });

  it('lets only a published shop ask for a listing', () => {
    expect(mayRequestListing('published')).toBe(true);
    expect(mayRequestListing('draft')).toBe(false);
    expect(mayRequestListing('suspended')).toBe(false);
  });

  it('names the required fields still missing before submission', () => {
    const empty = {
      orgNumber: null,
      streetAddress: null,
      postalCode: null,
      city: null,
      contactEmail: null,
      contactPhone: '0961-100 00',
      categoryCount: 0,
    };
    expect(missingForSubmission(empty)).toEqual([
      'orgNumber',
      'streetAddress',
      'postalCode',
      'city',
      'categoryIds',
    ]);
  });
});
