import { RULE_KINDS } from '../programmes/core/rule-kinds.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { logAccess } from '../audit/access-log-repository.js';
import { requireApplicationReader } from '../draws/expert-access.js';
import { AppError } from '../platform/errors/app-error.js';
import { authorize, contextOf, requireActor } from '../accounts/http/authorize.js';
import {
  errorResponses,
  fileResponse,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { renderReceiptPdf } from './receipt-pdf.js';
import { applicationDocumentFacts } from './application-document.js';
import { renderApplicationPdf } from './application-pdf.js';
import { findApplication, listApplicationPage, listVersions } from './applications-repository.js';
import {
  ApplicationFileSchema,
  ApplicationFormSchema,
  ApplicationSchema,
  ApplicationSummarySchema,
  ArticleRefSchema,
} from './application-schemas.js';
import { presentApplication, presentApplicationSummary } from './present-application.js';
import { applicationVisibility, canPrintApplication, endorsementKindFor } from './core/application-access.js';
import type { ApplicationForm } from './core/application-form.js';
import { APPLICATION_STATUSES } from './core/application-status.js';
import { FILE_PURPOSES, findFile } from './files-repository.js';
import type { LoadedApplication } from './application-facts.js';
import { loadApplicationRules, loadApplicationSummaries } from './application-facts.js';
import { decidePreliminaryCheck } from './use-cases/decide-preliminary-check.js';
import { extendDeadline } from './use-cases/extend-deadline.js';
import { recordEndorsement } from './use-cases/record-endorsement.js';
import { requestEndorsement } from './use-cases/request-endorsement.js';
import { saveApplicationForm } from './use-cases/save-application-form.js';
import { startApplication } from './use-cases/start-application.js';
import { submitApplication } from './use-cases/submit-application.js';
import { uploadApplicationFile } from './use-cases/upload-application-file.js';

const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** Loads an application the caller may see (Art. 25); anything else is "not found". */
async function loadVisible(request: FastifyRequest, id: string): Promise<LoadedApplication> {
  const context = requireActor(request);
  const application = await findApplication(context.db, id);
  if (!application) throw new AppError('record/not-found');
  await requireApplicationReader(context, application, { type: 'application', id: application.id });
  return loadApplicationRules(context.db, application);
}

/** The organisation's own account acts on its application; others may see it but not act as it. */
function requireOwner(request: FastifyRequest, loaded: LoadedApplication) {
  const context = authorize(request, 'application.apply');
  if (context.actor?.organisationId !== loaded.application.organisationId)
    throw new AppError('record/not-found');
  return context;
}

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const applicationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Applications the caller may see: its own, its town’s or department’s, or (Office) all',
        querystring: Type.Object(
          {
            cycleId: Type.Optional(
              Type.String({
                pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
              }),
            ),
            status: Type.Optional(Type.Enum(APPLICATION_STATUSES)),
            search: Type.Optional(Type.String({ maxLength: 100 })),
            onPanel: Type.Optional(
              Type.Enum(['true', 'false'], {
                description: 'Only those a panel reviews (true) or none yet (false)',
              }),
            ),
            ...PagingQueryProperties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(ApplicationSummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const context = requireActor(request);
      const paging = pagingOf(request.query);
      const filter = {
        cycleId: request.query.cycleId,
        search: request.query.search,
        statuses: request.query.status && [request.query.status],
        onPanel: request.query.onPanel === undefined ? undefined : request.query.onPanel === 'true',
      };
      const { items, total } = await listApplicationPage(
        context.db,
        filter,
        applicationVisibility(context.actor),
        paging,
      );
      const facts = await loadApplicationSummaries(context.db, items, context.clock());
      return pageResponse(facts.map(presentApplicationSummary), total, paging);
    },
  );

  app.post(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Open the organisation’s application in a cycle that accepts applications',
        body: Type.Object(
          {
            cycleId: Type.String({
              pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ApplicationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'application.apply');
      const application = await startApplication(context, request.body.cycleId);
      const loaded = await loadApplicationRules(context.db, application);
      return reply.code(201).send(await presentApplication(context, loaded));
    },
  );

  app.get(
    '/api/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary:
          'One application with its checklist, eligibility, files, endorsements, versions and what the caller may do',
        params: IdParams,
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const loaded = await loadVisible(request, request.params.id);
      return presentApplication(contextOf(request), loaded);
    },
  );

  app.put(
    '/api/applications/:id/form',
    {
      schema: {
        tags: ['applications'],
        summary: 'Save the draft (based on the revision last read; a stale save is a conflict)',
        params: IdParams,
        body: Type.Object(
          { revision: Type.Integer({ minimum: 1 }), form: ApplicationFormSchema },
          { additionalProperties: false },
        ),
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const loaded = await loadVisible(request, request.params.id);
      const context = requireOwner(request, loaded);
      const saved = await saveApplicationForm(
        context,
        loaded,
        request.body.revision,
        request.body.form as ApplicationForm,
      );
      return presentApplication(context, await loadApplicationRules(context.db, saved));
    },
  );

  app.post(
    '/api/applications/:id/files',
    {
      schema: {
        tags: ['applications'],
        summary:
          'Upload one file (multipart/form-data, field "file"), streamed to storage and checked by content',
        params: IdParams,
        querystring: Type.Object({ purpose: Type.Enum(FILE_PURPOSES) }, { additionalProperties: false }),
        consumes: ['multipart/form-data'],
        response: { 201: ApplicationFileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const loaded = await loadVisible(request, request.params.id);
      const purpose = request.query.purpose;
      const context =
        purpose === 'endorsement'
          ? (() => {
              const ctx = authorize(request, 'application.endorse', { conceal: true });
              if (endorsementKindFor(ctx.actor!, loaded.application).length === 0)
                throw new AppError('record/not-found');
              return ctx;
            })()
          : requireOwner(request, loaded);
      if (!request.isMultipart()) throw new AppError('request/unsupported-media-type');
      // Busboy's own cap sits just above ours, so our count names the limit first.
      const part = await request.file({ limits: { fileSize: context.config.uploadMaxBytes + 1, files: 1 } });
      if (!part) throw new AppError('file/missing');
      const file = await uploadApplicationFile(context, loaded, {
        stream: part.file,
        originalName: part.filename,
        purpose,
      });
      return reply.code(201).send({
        id: file.id,
        purpose: file.purpose,
        originalName: file.originalName,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        mediaType: file.mediaType,
        createdAt: file.createdAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/files/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'Download a file (logged in the access log)',
        params: IdParams,
        response: {
          200: fileResponse('application/octet-stream', 'The file, with its own media type'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const context = requireActor(request);
      const file = await findFile(context.db, request.params.id);
      const application = file?.applicationId
        ? await findApplication(context.db, file.applicationId)
        : undefined;
      if (!file || !application) throw new AppError('record/not-found');
      // The same rule as for the application; an expert's read is logged there, every other here.
      const reader = await requireApplicationReader(context, application, { type: 'file', id: file.id });
      if (reader === 'party') {
        await logAccess(context.db, {
          userId: context.actor.id,
          username: context.actor.username,
          event: 'read',
          recordType: 'file',
          recordId: file.id,
          clientIp: context.clientIp,
          userAgent: context.userAgent,
        });
      }
      return reply
        .type(file.mediaType)
        .header('content-length', file.sizeBytes)
        .header('content-disposition', contentDisposition(file.originalName))
        .header('cache-control', 'private, no-store')
        .send(context.files.openRead(file.storageKey));
    },
  );

  app.post(
    '/api/applications/:id/endorsement-request',
    {
      schema: {
        tags: ['applications'],
        summary: 'Ask the town / sub-district and the department for their opinions (Art. 14)',
        params: IdParams,
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const loaded = await loadVisible(request, request.params.id);
      const context = requireOwner(request, loaded);
      await requestEndorsement(context, loaded);
      return presentApplication(
        context,
        await loadApplicationRules(context.db, (await findApplication(context.db, loaded.application.id))!),
      );
    },
  );

  app.post(
    '/api/applications/:id/endorsements',
    {
      schema: {
        tags: ['applications'],
        summary:
          'Record the town’s or department’s opinion: agree, return with comments, or decline to recommend with the reason (Art. 14)',
        params: IdParams,
        body: Type.Object(
          {
            decision: Type.Enum(['agreed', 'returned', 'declined'], {
              description:
                'agreed; returned: back to draft for changes; declined (不同意推荐): ends the application for the cycle',
            }),
            comments: Type.String({ maxLength: 2000 }),
            fileId: Type.Optional(
              Type.Union([
                Type.String({
                  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
                }),
                Type.Null(),
              ]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'application.endorse', { conceal: true });
      const loaded = await loadVisible(request, request.params.id);
      await recordEndorsement(context, loaded, request.body);
      return presentApplication(
        context,
        await loadApplicationRules(context.db, (await findApplication(context.db, loaded.application.id))!),
      );
    },
  );

  app.post(
    '/api/applications/:id/submission',
    {
      schema: {
        tags: ['applications'],
        summary: 'Submit within the deadline; freezes a version and issues the receipt',
        params: IdParams,
        response: {
          201: Type.Object({
            version: Type.Integer(),
            receiptNumber: Type.String(),
            contentSha256: Type.String(),
            submittedAt: Type.String(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const loaded = await loadVisible(request, request.params.id);
      const context = requireOwner(request, loaded);
      const version = await submitApplication(context, loaded);
      return reply.code(201).send({ ...version, submittedAt: version.submittedAt.toISOString() });
    },
  );

  app.get(
    '/api/applications/:id/versions/:version/receipt.pdf',
    {
      schema: {
        tags: ['applications'],
        summary: 'The receipt of a submitted version as PDF',
        response: { 200: fileResponse('application/pdf', 'The receipt (PDF)'), ...errorResponses },
        params: Type.Object({
          id: Type.String({ maxLength: 64 }),
          version: Type.String({ pattern: '^[1-9][0-9]{0,3}$' }),
        }),
      },
    },
    async (request, reply) => {
      const loaded = await loadVisible(request, request.params.id);
      const version = (await listVersions(contextOf(request).db, loaded.application.id)).find(
        (v) => v.version === Number(request.params.version),
      );
      if (!version) throw new AppError('record/not-found');
      const pdf = await renderReceiptPdf({
        receiptNumber: version.receiptNumber,
        programmeTitle: loaded.programme.title,
        cycleYear: loaded.cycle.year,
        organisationName: loaded.application.organisationName,
        creditCode: loaded.application.creditCode,
        applicationId: loaded.application.id,
        version: version.version,
        submittedAt: version.submittedAt,
        contentSha256: version.contentSha256,
        issuer: {
          zh: '金水区区长质量奖评审委员会办公室',
          en: "Office of the Jinshui District Mayor's Quality Award Committee",
        },
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`申报受理回执-${version.receiptNumber}.pdf`))
        .send(pdf);
    },
  );

  app.get(
    '/api/applications/:id/document.pdf',
    {
      schema: {
        tags: ['applications'],
        summary:
          'The application printed as a 申报书 (PDF, streamed): sections and answers, organisation, endorsements; for the organisation and the Office',
        params: IdParams,
        response: { 200: fileResponse('application/pdf', 'The application (PDF)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const loaded = await loadVisible(request, request.params.id);
      const context = contextOf(request);
      if (!canPrintApplication(context.actor, loaded.application)) throw new AppError('record/not-found');
      const facts = await applicationDocumentFacts(context, loaded);
      const doc = await renderApplicationPdf(facts);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          contentDisposition(`申报书-${loaded.application.organisationName}-${loaded.cycle.year}.pdf`),
        )
        .send(doc);
    },
  );

  app.post(
    '/api/applications/:id/extension',
    {
      schema: {
        tags: ['applications'],
        summary: 'Extend the deadline for this applicant alone, with a written reason (Office)',
        params: IdParams,
        body: Type.Object(
          {
            deadline: Type.String({ format: 'date-time' }),
            reason: Type.String({ minLength: 2, maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'application.check', { conceal: true });
      const loaded = await loadVisible(request, request.params.id);
      await extendDeadline(context, loaded, {
        deadline: new Date(request.body.deadline),
        reason: request.body.reason,
      });
      return presentApplication(
        context,
        await loadApplicationRules(context.db, (await findApplication(context.db, loaded.application.id))!),
      );
    },
  );

  app.post(
    '/api/applications/:id/decision',
    {
      schema: {
        tags: ['applications'],
        summary: 'Preliminary check (Art. 15): accept, return for correction, or reject citing the clause',
        params: IdParams,
        body: Type.Object(
          {
            decision: Type.Enum(['accepted', 'returned', 'rejected']),
            note: Type.String({ maxLength: 4000 }),
            resubmitBy: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
            clause: Type.Optional(ArticleRefSchema),
            overrides: Type.Array(
              Type.Object(
                {
                  key: Type.Enum([...RULE_KINDS]),
                  verdict: Type.Enum(['pass', 'fail']),
                  reason: Type.String({ maxLength: 2000 }),
                },
                { additionalProperties: false },
              ),
              { maxItems: 20 },
            ),
            acknowledgements: Type.Optional(
              Type.Array(
                Type.Object(
                  { key: Type.Enum([...RULE_KINDS]), note: Type.String({ maxLength: 2000 }) },
                  { additionalProperties: false },
                ),
                {
                  maxItems: 20,
                  description:
                    'What the Office checked on each clause left 待核实; an acceptance needs one per open clause (Art. 15)',
                },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'application.check', { conceal: true });
      const loaded = await loadVisible(request, request.params.id);
      await decidePreliminaryCheck(context, loaded, request.body);
      return presentApplication(
        context,
        await loadApplicationRules(context.db, (await findApplication(context.db, loaded.application.id))!),
      );
    },
  );
};
