import { bySortKey } from '../../shared/compare';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { pickLang, translate, type Params } from '../../shared/i18n/index';
import { Language } from '../../shared/model/primitives';
import { invoke } from '../../shared/ipc/invoke';
import type { Channel } from '../../shared/ipc/channels';
import type { Output } from '../../shared/ipc/contract';
import { referenceData } from '../../resources/reference/load';
import { createServices } from '../services/index';
import { memoryPreferences } from '../services/preferences';
import { writeAtomically } from '../services/export';
import { cliMessages } from './messages';
import { findHall } from '../../shared/seating/halls';
import { describeArrival, findSequence } from '../../shared/arrival';
import { sequenceList } from '../../shared/arrival/model';
import { isEmptyChanges, type Changes, type EventDocument } from '../../shared/model/collections';
import { applyChanges } from '../../shared/document/changes';
import { emptyHistory, execute } from '../../shared/document/history';
import { checkHostCountry, coChairChanges, hostChanges, isRefusal, pinnedLines, type Refusal } from './pinned';
import { arrivalsInput, CliError, readImportFile } from './inputs';
import { formatNumber } from '../../shared/i18n/number';
import { templateMessage } from '../../shared/layout/templates';
import { hallChanges, isPrepareRefusal, sequenceChanges, type PrepareRefusal } from './prepare';


type Io = { out(text: string): void; err(text: string): void };

/**
 * The command-line interface: the same services table the app and the tests use, one verb
 * per command. Returns the exit code: 0 on success, 1 on any user error (message on stderr).
 */
export async function runCli(argv: string[], io: Io, env: Record<string, string | undefined> = {}): Promise<number> {
  let lang: Language = (env.PRESEANCE_LANG ?? env.LANG ?? '').startsWith('vi') ? 'vi' : 'en';
  const t = (key: keyof typeof cliMessages.en, params?: Params) => translate(cliMessages, lang, key, params);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sample: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        tiebreak: { type: 'string' },
        lot: { type: 'string' },
        hall: { type: 'string' },
        sequence: { type: 'string' },
        rule: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        interval: { type: 'string' },
        host: { type: 'string' },
        clear: { type: 'boolean', default: false },
        'name-en': { type: 'string' },
        'name-vi': { type: 'string' },
        kind: { type: 'string' },
        width: { type: 'string' },
        depth: { type: 'string' },
        day: { type: 'string' },
        who: { type: 'string' },
        template: { type: 'boolean', default: false },
        seats: { type: 'string' },
        tables: { type: 'string' },
        'per-table': { type: 'string' },
        signers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    const chosen = Language.safeParse(values.lang);
    if (chosen.success) lang = chosen.data;
    else if (values.lang !== undefined) throw new CliError(t('badOption', { detail: `--lang ${values.lang}` }));
    const [command, file, extra, ...more] = positionals;
    if (values.help || !command) {
      io.out(t('usage'));
      return values.help ? 0 : 1;
    }
    if (!file) throw new CliError(t('missingArgument', { what: 'FILE' }));

    const services = createServices({
      version: 'cli',
      preferences: memoryPreferences(lang),
      reference: referenceData,
      dialogs: {
        openEvent: () => Promise.resolve(null),
        openImage: () => Promise.resolve(null),
        saveEvent: () => Promise.resolve(null),
        saveSpreadsheet: () => Promise.resolve(null),
      },
    });
    const call = async <C extends Channel>(channel: C, input: unknown): Promise<Output<C>> => {
      const result = await invoke(services, channel, input, () => lang);
      if (!result.ok) throw new CliError(result.error.message);
      return result.value as Output<C>;
    };

    /**
     * Every write of the CLI: the rows a plan or a verb made, through doc:apply — the path of
     * every edit of the app (rows checked, one transaction, automatic backups). True when written.
     */
    const commit = async (changes: Changes): Promise<boolean> => {
      if (isEmptyChanges(changes)) return false;
      await call('doc:apply', { changes });
      return true;
    };

    /** A refusal as a user error in the user's language; the changes (or null: nothing to change) otherwise. */
    const refuse = (result: Changes | Refusal | null): Changes | null => {
      if (isRefusal(result)) throw new CliError(t(result.key, result.params));
      return result;
    };
    /** A verb's rows, or its refusal as a user error in the user's language. */
    const prepared = <T,>(result: T | PrepareRefusal): T => {
      if (!isPrepareRefusal(result)) return result;
      const params = result.template ? { ...result.params, reason: templateMessage(result.template, lang) } : result.params;
      throw new CliError(t(result.refused as keyof typeof cliMessages.en, params));
    };
    const printPinned = (document: EventDocument) => {
      for (const line of pinnedLines(document, lang)) io.out(t(line.key as keyof typeof cliMessages.en, line.params));
    };
    /** Sets the event's host country (one transaction through doc:apply), then says who is pinned. */
    const setHost = async (iso3: string, print = true) => {
      const changes = refuse(hostChanges((await call('doc:load', {})).document, iso3, referenceData));
      if (changes) await commit(changes);
      if (print) printPinned((await call('doc:load', {})).document);
    };

    try {
      switch (command) {
        case 'new': {
          if (values.host !== undefined) refuse(checkHostCountry(values.host, referenceData));
          services.chosenByUser(file); // typed by the user, as a save dialog would have chosen it
          const created = await call('event:create', { path: file, sample: values.sample });
          io.out(t('created', { path: created.path }));
          if (values.host !== undefined) await setHost(values.host);
          return 0;
        }
        case 'info': {
          const opened = await call('event:open', { path: file });
          const counts = await call('event:info', {});
          if (values.json) io.out(JSON.stringify({ path: opened.path, ...counts }, null, 2));
          else {
            const rows: [string, number | string][] = [
              [t('file'), opened.path],
              [t('schemaVersion'), counts.schemaVersion],
              [t('halls'), counts.halls],
              [t('elements'), counts.elements],
              [t('seats'), counts.seats],
              [t('delegations'), counts.delegations],
              [t('people'), counts.people],
              [t('assignments'), counts.assignments],
              [t('sequences'), counts.sequences],
              [t('slots'), counts.slots],
            ];
            const width = Math.max(...rows.map(([label]) => label.length));
            io.out(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
          }
          return 0;
        }
        case 'export': {
          if (values.format !== 'json' && values.format !== 'csv' && values.format !== 'xlsx') throw new CliError(t('formatJsonOnly'));
          if (!values.out) throw new CliError(t('missingArgument', { what: '--out PATH' }));
          services.chosenByUser(values.out); // typed by the user, as a save dialog would have chosen it
          await call('event:open', { path: file });
          if (values.sequence !== undefined) {
            // An arrival sequence's run-of-show instead of the delegations.
            if (values.format === 'json') throw new CliError(t('formatJsonOnly'));
            const { document } = await call('doc:load', {});
            if (!findSequence(document, values.sequence)) throw new CliError(unknownSequence(document, values.sequence, lang));
            const written = await call('arrivals:export', { sequenceId: values.sequence, format: values.format, path: values.out });
            io.out(t('exported', { path: written.path }));
            return 0;
          }
          if (values.format !== 'json') {
            const written = await call('delegations:export', { content: 'delegations', format: values.format, path: values.out });
            io.out(t('exported', { path: written.path }));
            return 0;
          }
          const out = resolve(values.out);
          // Only a .json file: never the event itself, nor anything else --out might name.
          if (!out.toLowerCase().endsWith('.json')) throw new AppError('export-extension', { format: 'JSON', ext: 'json', path: out });
          const { file: info, document } = await call('doc:load', {});
          const json = JSON.stringify(
            { format: 'preseance-event', formatVersion: 1, schemaVersion: info.schemaVersion, document },
            null,
            2,
          );
          writeAtomically(out, json + '\n');
          io.out(t('exported', { path: out }));
          return 0;
        }
        case 'import': {
          if (!extra) throw new CliError(t('missingArgument', { what: 'DELEGATIONS.csv|.xlsx' }));
          const source = readImportFile(resolve(extra), t);
          await call('event:open', { path: file });
          // The host country checked before anything is written, and written with the import: one transaction.
          if (values.host !== undefined) refuse(checkHostCountry(values.host, referenceData));
          const { changes, ...planned } = await call('delegations:import', source);
          const refused = planned.errors.length > 0;
          const applied = !refused && !values['dry-run'];
          if (applied) {
            const { document } = await call('doc:load', {});
            const imported = execute(document, emptyHistory(), applyChanges, changes)?.document ?? document;
            const host = values.host === undefined ? null : refuse(hostChanges(imported, values.host, referenceData));
            await commit({ upserts: { ...changes.upserts, ...host?.upserts }, deletes: changes.deletes });
          }
          const report = { ...planned, applied };
          if (values.json) io.out(JSON.stringify(report, null, 2));
          if (refused) {
            io.err(t('importErrors', { count: report.errorCount, path: extra }));
            for (const e of report.errors) io.err(t('importLine', { line: e.line, column: e.column || '—', reason: e.reason }));
            if (report.errorCount > report.errors.length) io.err(t('importMore', { count: report.errorCount - report.errors.length }));
            return 1;
          }
          if (!values.json) {
            const counts = { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged };
            io.out(t(report.applied ? 'importDone' : 'importPreview', counts));
          }
          if (values.host !== undefined && applied && !values.json) printPinned((await call('doc:load', {})).document);
          return 0;
        }
        case 'co-chairs': {
          const codes = [extra, ...more].filter((c): c is string => c !== undefined);
          if (values.clear && codes.length > 0) throw new CliError(t('clearOrCodes'));
          await call('event:open', { path: file });
          // The host and the co-chairs in one write: both checked first (the host is never a co-chair).
          let { document } = await call('doc:load', {});
          const host = values.host === undefined ? null : refuse(hostChanges(document, values.host, referenceData));
          if (host) document = execute(document, emptyHistory(), applyChanges, host)!.document;
          const coChairs = values.clear || codes.length > 0 ? refuse(coChairChanges(document, codes)) : null;
          await commit({ upserts: { ...host?.upserts, ...coChairs?.upserts }, deletes: {} });
          printPinned((await call('doc:load', {})).document);
          return 0;
        }
        case 'hall': {
          await call('event:open', { path: file });
          const made = prepared(hallChanges((await call('doc:load', {})).document, values));
          await commit(made.changes);
          const { nameEn, nameVi, kind, widthM, depthM } = made.hall;
          const said = { name: pickLang(lang, { vi: nameVi, en: nameEn }), kind: t(`kind-${kind}`), width: formatNumber(widthM, lang, 3), depth: formatNumber(depthM, lang, 3) };
          if (values.template) io.out(t('hallFurnished', { ...said, elements: made.elements, seats: formatNumber(made.seats, lang) }));
          else io.out(t('hallCreated', said));
          return 0;
        }
        case 'sequence': {
          await call('event:open', { path: file });
          const made = prepared(sequenceChanges((await call('doc:load', {})).document, values));
          await commit(made.changes);
          const { who, sequence } = made;
          const whoText = who === 'all' ? t('whoAll') : 'codes' in who ? t('whoCodes', { codes: who.codes.join(', ') }) : t(who.kinds === 'states' ? 'whoStates' : 'whoOrganizations');
          io.out(t('sequenceCreated', { name: pickLang(lang, { vi: sequence.nameVi, en: sequence.nameEn }), day: sequence.day, who: whoText }));
          return 0;
        }
        case 'order': {
          await call('event:open', { path: file });
          const input: Record<string, string> = {};
          if (values.tiebreak !== undefined) input.tiebreak = values.tiebreak;
          if (values.lot !== undefined) input.lot = values.lot.toUpperCase();
          const { entries, changes } = await call('precedence:order', input);
          await commit(changes); // the tie-break or lot chosen, saved in the event
          if (values.json) io.out(JSON.stringify(entries, null, 2));
          else {
            const width = Math.max(...entries.map((e) => e.name.length), 10);
            io.out(entries.map((e) => `${String(e.position).padStart(3)}. ${e.name.padEnd(width)}  ${e.reason}`).join('\n'));
          }
          return 0;
        }
        case 'seat': {
          if (values.hall === undefined) throw new CliError(t('missingArgument', { what: '--hall NAME' }));
          await call('event:open', { path: file });
          const { document } = await call('doc:load', {});
          if (!findHall(document, values.hall)) {
            const halls = Object.values(document.halls).sort(bySortKey);
            throw new CliError(t('unknownHall', { hall: values.hall, halls: halls.map((h) => `${h.nameEn} / ${h.nameVi}`).join('; ') }));
          }
          const { changes, ...planned } = await call('seating:plan', { hall: values.hall });
          const report = { ...planned, applied: !values['dry-run'] && (await commit(changes)) };
          if (values.json) {
            io.out(JSON.stringify(report, null, 2));
            return 0;
          }
          const lines = [...report.explanation];
          for (const m of report.moves) {
            lines.push(t('seatMove', { person: m.person, delegation: m.delegation, from: m.from ?? t('noSeat'), to: m.to ?? t('noSeat') }));
          }
          if (report.unseated.length > 0) lines.push(t('seatUnseated', { count: report.unseated.length }));
          for (const u of report.unseated) lines.push(t('seatUnseatedLine', { person: u.person, delegation: u.delegation, reason: u.reason }));
          if (report.signingList) {
            lines.push(t('signingList'));
            for (const e of report.signingList) lines.push(`${String(e.position).padStart(4)}. ${e.delegation}`);
          }
          if (report.outdated.length > 0) {
            const counts = new Map<string, number>();
            for (const item of report.outdated) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
            const kinds = [...counts].map(([kind, n]) => `${t(`printed-${kind}` as keyof typeof cliMessages.en)} ${n}`).join(', ');
            lines.push(t('seatOutdated', { count: report.outdated.length, kinds }));
          }
          const count = report.moves.length;
          lines.push(t(count === 0 ? 'seatNothing' : report.applied ? 'seatApplied' : 'seatPreview', { hall: report.hall, count }));
          io.out(lines.join('\n'));
          return 0;
        }
        case 'validate': {
          await call('event:open', { path: file });
          const seating = await call('seating:validate', {});
          // One verb, one exit code: the arrival conflicts join the seating problems, errors first.
          const arrivals = await call('arrivals:validate', {});
          const arrivalProblems = arrivals.conflicts.map((c) => ({
            severity: c.severity, key: c.key, message: c.message, hallId: c.hallId, seatIds: [], personIds: [], delegationIds: c.delegationIds,
          }));
          const problems = [...seating.problems, ...arrivalProblems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
          const result = { errors: seating.errors + arrivals.errors, warnings: seating.warnings + arrivals.warnings, problems };
          if (values.json) io.out(JSON.stringify(result, null, 2));
          else {
            const lines = result.problems.map((p) => `${t(p.severity === 'error' ? 'severityError' : 'severityWarning')}: ${p.message}`);
            lines.push(t('validateSummary', { errors: result.errors, warnings: result.warnings }));
            io.out(lines.join('\n'));
          }
          return result.errors > 0 ? 1 : 0;
        }
        case 'arrivals': {
          if (values.sequence === undefined) throw new CliError(t('missingArgument', { what: '--sequence NAME' }));
          const input = arrivalsInput(values, t);
          await call('event:open', { path: file });
          const { document } = await call('doc:load', {});
          if (!findSequence(document, values.sequence)) throw new CliError(unknownSequence(document, values.sequence, lang));
          const { changes, ...planned } = await call('arrivals:plan', { ...input, sequence: values.sequence });
          const report = { ...planned, applied: !values['dry-run'] && (await commit(changes)) };
          if (values.json) {
            io.out(JSON.stringify(report, null, 2));
            return 0;
          }
          const lines = [...report.explanation, ''];
          const table = [t('arrivalsHeader').split('|'), ...report.slots.map((s) => [String(s.order), s.time, s.delegation, s.car, s.liaisonOfficer])];
          const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
          for (const row of table) lines.push(row.map((cell, c) => (c === 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
          if (report.moves.length > 0 || report.removed.length > 0) {
            lines.push('', t('arrivalsChanges'));
            for (const m of report.moves) lines.push(t('arrivalsMove', { delegation: m.delegation, from: m.from ?? t('arrivalsNew'), to: m.to }));
            for (const r of report.removed) lines.push(t('arrivalsRemoved', { delegation: r }));
          }
          lines.push('', report.conflicts.length > 0 ? t('arrivalsConflicts', { count: report.conflicts.length }) : t('arrivalsNoConflict'));
          for (const c of report.conflicts) lines.push(`  ${t(c.severity === 'error' ? 'severityError' : 'severityWarning')}: ${c.message}`);
          const changed = report.moves.length + report.removed.length > 0;
          const count = report.slots.length;
          lines.push(t(!changed && !report.applied ? 'arrivalsNothing' : report.applied ? 'arrivalsApplied' : 'arrivalsPreview', { sequence: report.sequence, count }));
          io.out(lines.join('\n'));
          return 0;
        }
        default:
          throw new CliError(t('unknownCommand', { command }));
      }
    } finally {
      services.dispose();
    }
  } catch (err) {
    if (err instanceof CliError) io.err(err.message);
    else if (err instanceof AppError) io.err(err.messageIn(lang));
    else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(t('badOption', { detail: err.message }));
    } else io.err(String(err instanceof Error ? (err.stack ?? err.message) : err));
    return 1;
  }
}

/** An unknown sequence, with the list of the event's sequences (or that it has none). */
function unknownSequence(document: EventDocument, sequence: string, lang: Language): string {
  const sequences = sequenceList(document);
  return describeArrival({ key: sequences === '' ? 'error-no-sequences' : 'error-unknown-sequence', params: { sequence, sequences } }, lang);
}
