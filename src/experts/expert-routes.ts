import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../platform/errors/app-error.js';
import { actingProgramme, authorize, requireRecordInProgramme } from '../accounts/http/authorize.js';
import { scopeOf, scopeParameter } from '../accounts/core/permissions.js';
import {
  errorResponses,
  fileResponse,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { INDUSTRY_SECTIONS } from '../organisations/core/organisation.js';
import { CONFLICT_KINDS } from './core/conflicts.js';
import { EXPERT_STATUSES } from './core/expert.js';
import type { ExpertProfile } from './core/expert.js';
import { maskIdentityNumber } from './core/identity-number.js';
import type { ConflictRecord } from './conflicts-repository.js';
import { listConflictPage, listConflicts } from './conflicts-repository.js';
import { writeExport, writeTemplate } from './expert-sheet.js';
import type { ExpertRecord } from './experts-repository.js';
import { ConflictSchema, ExpertSchema, ExpertWithConflictsSchema } from './expert-schemas.js';
import { findExpert, listExpertPage, listExperts } from './experts-repository.js';
import { createExpert } from './use-cases/create-expert.js';
import { decideConflict } from './use-cases/decide-conflict.js';
import { detectConflicts } from './use-cases/detect-conflicts.js';
import { importExperts } from './use-cases/import-experts.js';
import { recordConflict } from './use-cases/record-conflict.js';
import { setExpertAvailability } from './use-cases/set-expert-availability.js';
import { issueExpertActivation, setExpertStatus, updateExpert } from './use-cases/update-expert.js';

const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

const ProfileSchema = Type.Object(
  {
    name: Text(50),
    identityNumber: Type.String({ minLength: 1, maxLength: 40 }),
    employer: Text(200),
    employerCreditCode: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
    title: Text(100),
    qualifications: Type.Array(
      Type.Object(
        {
          name: Text(100),
          certificateNumber: Type.String({ maxLength: 100 }),
          expiresOn: Type.Union([IsoDate, Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { maxItems: 10 },
    ),
    industries: Type.Array(Type.Enum(INDUSTRY_SECTIONS), { minItems: 1, maxItems: 20, uniqueItems: true }),
    yearsInQualityWork: Type.Integer({ minimum: 0, maximum: 60 }),
    region: Text(100),
    phone: Type.String({ pattern: '^[0-9+() -]{5,30}$' }),
    email: Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()]),
    canLead: Type.Boolean(),
    formerEmployers: Type.Array(
      Type.Object(
        {
          name: Text(200),
          creditCode: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
          leftIn: Type.Integer({ minimum: 1950, maximum: 2100 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
  },
  { additionalProperties: false },
);

/** Lists show the identity number masked; the expert's own record shows it whole to the Office. */
function presentExpert(expert: ExpertRecord, full = false) {
  return {
    ...expert,
    identityNumber: full ? expert.identityNumber : maskIdentityNumber(expert.identityNumber),
    createdAt: expert.createdAt.toISOString(),
    updatedAt: expert.updatedAt.toISOString(),
  };
}

function presentConflict(conflict: ConflictRecord) {
  return {
    ...conflict,
    decidedAt: conflict.decidedAt?.toISOString() ?? null,
    createdAt: conflict.createdAt.toISOString(),
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const expertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/experts',
    {
      schema: {
        tags: ['experts'],
        summary: 'The expert pool (identity numbers masked)',
        querystring: Type.Object(
          {
            search: Type.Optional(Type.String({ maxLength: 100 })),
            industry: Type.Optional(Type.Enum(INDUSTRY_SECTIONS)),
            status: Type.Optional(Type.Enum(EXPERT_STATUSES)),
            canLead: Type.Optional(Type.Enum(['true', 'false'])),
            ...PagingQueryProperties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(ExpertSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'expert.manage');
      const paging = pagingOf(request.query);
      const { canLead, search, industry, status } = request.query;
      const programmeIds = scopeParameter(scopeOf(actor, 'expert.manage'));
      const { items, total } = await listExpertPage(
        db,
        { search, industry, status, ...(canLead ? { canLead: canLead === 'true' } : {}), programmeIds },
        paging,
      );
      return pageResponse(
        items.map((e) => presentExpert(e)),
        total,
        paging,
      );
    },
  );

  app.get(
    '/api/experts/template.xlsx',
    {
      schema: {
        tags: ['experts'],
        summary: 'The import template',
        response: { 200: fileResponse(XLSX, 'The import template (.xlsx)') },
      },
    },
    async (request, reply) => {
      authorize(request, 'expert.manage');
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="experts-template.xlsx"; filename*=UTF-8''${encodeURIComponent('专家库导入模板.xlsx')}`,
        )
        .send(await writeTemplate());
    },
  );

  app.get(
    '/api/experts/export.xlsx',
    {
      schema: {
        tags: ['experts'],
        summary: 'The pool as a sheet (identity numbers masked)',
        response: { 200: fileResponse(XLSX, 'The expert pool (.xlsx)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { db, actor } = authorize(request, 'expert.manage');
      const experts = await listExperts(db, {
        programmeIds: scopeParameter(scopeOf(actor, 'expert.manage')),
      });
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="experts.xlsx"; filename*=UTF-8''${encodeURIComponent('专家库.xlsx')}`,
        )
        .send(await writeExport(experts));
    },
  );

  app.post(
    '/api/experts/import',
    {
      schema: {
        tags: ['experts'],
        summary: 'Import a filled-in template (multipart, field "file"): all rows or none',
        consumes: ['multipart/form-data'],
        response: { 200: Type.Object({ imported: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage');
      if (!request.isMultipart()) throw new AppError('request/unsupported-media-type');
      const part = await request.file({ limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
      if (!part) throw new AppError('file/missing');
      const buffer = await part.toBuffer();
      return importExperts(context, buffer);
    },
  );

  app.post(
    '/api/experts',
    {
      schema: {
        tags: ['experts'],
        body: ProfileSchema,
        response: { 201: ExpertSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.manage');
      const programmeId = actingProgramme(context.actor, 'expert.manage');
      const id = await createExpert(context, request.body as ExpertProfile, programmeId);
      return reply.code(201).send(presentExpert((await findExpert(context.db, id))!, true));
    },
  );

  app.get(
    '/api/experts/:id',
    {
      schema: {
        tags: ['experts'],
        params: IdParams,
        response: { 200: ExpertWithConflictsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'expert', request.params.id);
      const { db } = context;
      const expert = await findExpert(db, request.params.id);
      if (!expert) throw new AppError('record/not-found');
      return {
        ...presentExpert(expert, true),
        conflicts: (await listConflicts(db, { expertId: expert.id })).map(presentConflict),
      };
    },
  );

  app.put(
    '/api/experts/:id',
    {
      schema: {
        tags: ['experts'],
        summary: 'Update the profile (based on the revision last read; a stale update is a conflict)',
        params: IdParams,
        body: Type.Object(
          { ...ProfileSchema.properties, revision: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false },
        ),
        response: { 200: ExpertSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'expert', request.params.id);
      const { revision, ...profile } = request.body;
      await updateExpert(context, request.params.id, revision, profile as ExpertProfile);
      return presentExpert((await findExpert(context.db, request.params.id))!, true);
    },
  );

  app.post(
    '/api/experts/:id/status',
    {
      schema: {
        tags: ['experts'],
        summary: 'Suspend, reinstate or disqualify (Art. 26, final) with a reason',
        params: IdParams,
        body: Type.Object(
          { status: Type.Enum(EXPERT_STATUSES), reason: Type.String({ minLength: 2, maxLength: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: ExpertSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'expert', request.params.id);
      await setExpertStatus(context, request.params.id, request.body);
      return presentExpert((await findExpert(context.db, request.params.id))!, true);
    },
  );

  app.post(
    '/api/experts/:id/activation',
    {
      schema: {
        tags: ['experts'],
        summary:
          "Issue a one-time activation code for the expert's account (shown once); the expert sets their own password with it",
        params: IdParams,
        response: {
          200: Type.Object({ username: Type.String(), code: Type.String(), expiresAt: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'expert', request.params.id);
      const issued = await issueExpertActivation(context, request.params.id);
      return { username: issued.username, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
    },
  );

  app.put(
    '/api/cycles/:cycleId/availability/:id',
    {
      schema: {
        tags: ['experts'],
        summary: "An expert's availability for a cycle",
        params: Type.Object({ cycleId: Uuid, id: Uuid }),
        body: Type.Object(
          { available: Type.Boolean(), note: Type.String({ maxLength: 500 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'expert', request.params.id);
      await requireRecordInProgramme(context, 'expert.manage', 'cycle', request.params.cycleId);
      await setExpertAvailability(context, request.params.id, request.params.cycleId, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/conflicts',
    {
      schema: {
        tags: ['experts'],
        summary: 'Conflicts of interest (回避), suggested ones first to review',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Enum(['suggested', 'confirmed', 'dismissed'])),
            expertId: Type.Optional(Uuid),
            organisationId: Type.Optional(Uuid),
            search: Type.Optional(Type.String({ maxLength: 100 })),
            ...PagingQueryProperties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(ConflictSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'expert.manage');
      const paging = pagingOf(request.query);
      const { status, expertId, organisationId, search } = request.query;
      const programmeIds = scopeParameter(scopeOf(actor, 'expert.manage'));
      const { items, total } = await listConflictPage(
        db,
        { status, expertId, organisationId, search, programmeIds },
        paging,
      );
      return pageResponse(items.map(presentConflict), total, paging);
    },
  );

  app.post(
    '/api/conflicts',
    {
      schema: {
        tags: ['experts'],
        summary: 'Record a conflict of interest (Office)',
        body: Type.Object(
          {
            expertId: Uuid,
            organisationId: Uuid,
            kind: Type.Enum(CONFLICT_KINDS),
            evidence: Type.String({ maxLength: 2000 }),
            since: Type.Optional(Type.Union([IsoDate, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.manage');
      await requireRecordInProgramme(context, 'expert.manage', 'expert', request.body.expertId);
      return reply.code(201).send({ id: await recordConflict(context, 'office', request.body) });
    },
  );

  app.post(
    '/api/cycles/:cycleId/conflict-detection',
    {
      schema: {
        tags: ['experts'],
        summary: 'Find likely conflicts between the pool and the cycle’s applicants, for review',
        params: Type.Object({ cycleId: Uuid }),
        response: { 200: Type.Object({ suggested: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'cycle', request.params.cycleId);
      return detectConflicts(context, request.params.cycleId);
    },
  );

  app.post(
    '/api/conflicts/:id/decision',
    {
      schema: {
        tags: ['experts'],
        summary: 'Confirm or dismiss a suggested conflict, with a reason',
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Enum(['confirmed', 'dismissed']),
            reason: Type.String({ minLength: 2, maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'conflict', request.params.id);
      await decideConflict(context, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
};
