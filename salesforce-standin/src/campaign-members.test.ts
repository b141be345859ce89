import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_CAMPAIGN_ID } from './server';
import { api, createRecord, firstError, getToken, sobjectPath, withStandin } from '../../test/support/standin-test-support';

test('the demo campaign is there at start, with a known 701 id', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    assert.match(DEMO_CAMPAIGN_ID, /^701[A-Za-z0-9]{15}$/);
    const a = await api(token, 'GET', sobjectPath(s, 'Campaign', DEMO_CAMPAIGN_ID));
    assert.equal(a.status, 200);
    const c = a.json as Record<string, unknown>;
    assert.deepEqual([c.Name, c.IsActive, c.Status], ['Braze Webhooks Demo', true, 'In Progress']);
    assert.equal((await api(token, 'GET', sobjectPath(s, 'Campaign', DEMO_CAMPAIGN_ID.slice(0, 15)))).status, 200);
  }));

test('CampaignMember: CampaignId and one of LeadId/ContactId are required (REQUIRED_FIELD_MISSING)', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const leadId = await createRecord(s, token, 'Lead', { LastName: 'Doe', Company: 'Co' });
    const post = (body: unknown) => api(token, 'POST', sobjectPath(s, 'CampaignMember'), body);
    assert.deepEqual(firstError(await post({ LeadId: leadId })), {
      message: 'Required fields are missing: [CampaignId]',
      errorCode: 'REQUIRED_FIELD_MISSING',
      fields: ['CampaignId'],
    });
    assert.deepEqual(firstError(await post({ CampaignId: DEMO_CAMPAIGN_ID })), {
      message: 'Required fields are missing: [LeadId, ContactId]',
      errorCode: 'REQUIRED_FIELD_MISSING',
      fields: ['LeadId', 'ContactId'],
    });
    assert.equal(firstError(await post({ CampaignId: leadId, LeadId: leadId })).errorCode, 'FIELD_INTEGRITY_EXCEPTION');
    assert.equal(firstError(await post({ CampaignId: `${DEMO_CAMPAIGN_ID.slice(0, 12)}999`, LeadId: leadId })).errorCode, 'INVALID_CROSS_REFERENCE_KEY');
    assert.equal((await post({ CampaignId: DEMO_CAMPAIGN_ID, LeadId: leadId })).status, 201);
  }));

test('CampaignMember copies the lead or contact, defaults Status to Sent, and a second membership → DUPLICATE_VALUE', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const leadId = await createRecord(s, token, 'Lead', { FirstName: 'Jane', LastName: 'Doe', Company: 'Initech', Email: 'jane@example.com', City: 'Austin' });
    const memberId = await createRecord(s, token, 'CampaignMember', { CampaignId: DEMO_CAMPAIGN_ID, LeadId: leadId });
    const m = (await api(token, 'GET', sobjectPath(s, 'CampaignMember', memberId))).json as Record<string, unknown>;
    assert.deepEqual(
      [m.Status, m.HasResponded, m.Type, m.LeadOrContactId, m.Name, m.Email, m.CompanyOrAccount, m.City],
      ['Sent', false, 'Lead', leadId, 'Jane Doe', 'jane@example.com', 'Initech', 'Austin'],
    );
    const again = await api(token, 'POST', sobjectPath(s, 'CampaignMember'), { CampaignId: DEMO_CAMPAIGN_ID, LeadId: leadId, Status: 'Responded' });
    assert.equal(again.status, 400);
    assert.deepEqual(firstError(again), { message: 'Already a campaign member.', errorCode: 'DUPLICATE_VALUE', fields: [] });

    assert.equal((await api(token, 'PATCH', sobjectPath(s, 'CampaignMember', memberId), { Status: 'Responded' })).status, 204);
    assert.equal(s.records.get(memberId)?.HasResponded, true);
    const moved = await api(token, 'PATCH', sobjectPath(s, 'CampaignMember', memberId), { CampaignId: DEMO_CAMPAIGN_ID });
    assert.equal(firstError(moved).errorCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
  }));

test('CampaignMember with a contact: the contact is kept when both ids are given, its account names the company', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const accountId = await createRecord(s, token, 'Account', { Name: 'Globex' });
    const contactId = await createRecord(s, token, 'Contact', { LastName: 'Roe', AccountId: accountId, MailingCity: 'Springfield' });
    const leadId = await createRecord(s, token, 'Lead', { LastName: 'Roe', Company: 'Globex' });
    const memberId = await createRecord(s, token, 'CampaignMember', { CampaignId: DEMO_CAMPAIGN_ID, LeadId: leadId, ContactId: contactId });
    const m = s.records.get(memberId);
    assert.deepEqual([m?.Type, m?.ContactId, m?.LeadId, m?.CompanyOrAccount, m?.City], ['Contact', contactId, null, 'Globex', 'Springfield']);
    // The lead alone is a different person: it may join too.
    assert.equal((await api(token, 'POST', sobjectPath(s, 'CampaignMember'), { CampaignId: DEMO_CAMPAIGN_ID, LeadId: leadId })).status, 201);
  }));
