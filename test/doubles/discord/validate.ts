// Discord rejects a message that breaks its documented limits with 400 and
// code 50035 (Invalid Form Body). The double does the same, so a renderer that
// overflows fails the test that sent it instead of passing unnoticed.

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  footer: 2048,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  authorName: 256,
  embedsTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  label: 80,
  choices: 25,
  choiceName: 100,
  nonce: 25,
  files: 10,
  /** A bot's upload limit in a server without boosts: 10 MiB. */
  fileBytes: 10 * 1024 * 1024,
  attachmentDescription: 1024,
} as const;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function messageProblems(body: unknown): string[] {
  if (!isObject(body)) return ['body is not an object'];
  const problems: string[] = [];
  const content = str(body.content);
  if (content.length > LIMITS.content) problems.push(`content is ${content.length} > ${LIMITS.content}`);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds > ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((e: unknown, i) => {
    if (!isObject(e)) {
      problems.push(`embeds[${i}] is not an object`);
      return;
    }
    const title = str(e.title);
    const description = str(e.description);
    const footer = isObject(e.footer) ? str(e.footer.text) : '';
    const author = isObject(e.author) ? str(e.author.name) : '';
    if (title.length > LIMITS.title) problems.push(`embeds[${i}].title is ${title.length}`);
    if (description.length > LIMITS.description) problems.push(`embeds[${i}].description is ${description.length}`);
    if (footer.length > LIMITS.footer) problems.push(`embeds[${i}].footer is ${footer.length}`);
    if (author.length > LIMITS.authorName) problems.push(`embeds[${i}].author is ${author.length}`);
    total += title.length + description.length + footer.length + author.length;
    const fields = Array.isArray(e.fields) ? e.fields : [];
    if (fields.length > LIMITS.fields) problems.push(`embeds[${i}] has ${fields.length} fields`);
    for (const f of fields) {
      if (!isObject(f)) continue;
      const name = str(f.name);
      const value = str(f.value);
      if (name.length > LIMITS.fieldName || value.length > LIMITS.fieldValue) problems.push(`embeds[${i}] field too long`);
      total += name.length + value.length;
    }
  });
  if (total > LIMITS.embedsTotal) problems.push(`embeds total ${total} > ${LIMITS.embedsTotal}`);
  const rows = Array.isArray(body.components) ? body.components : [];
  if (rows.length > LIMITS.rows) problems.push(`${rows.length} rows > ${LIMITS.rows}`);
  for (const row of rows) {
    const buttons = isObject(row) && Array.isArray(row.components) ? row.components : [];
    if (buttons.length > LIMITS.buttonsPerRow) problems.push(`${buttons.length} buttons in a row`);
    for (const b of buttons) {
      if (!isObject(b)) continue;
      if (str(b.custom_id).length > LIMITS.customId) problems.push(`custom_id '${str(b.custom_id)}' too long`);
      if (str(b.label).length > LIMITS.label) problems.push(`label '${str(b.label)}' too long`);
    }
  }
  if (content === '' && embeds.length === 0 && !Array.isArray(body.components)) problems.push('cannot send an empty message');
  if (body.nonce !== undefined && String(body.nonce).length > LIMITS.nonce) problems.push('nonce too long');
  return problems;
}

export function choicesProblems(body: unknown): string[] {
  if (!isObject(body) || !Array.isArray(body.choices)) return ['choices missing'];
  const problems: string[] = [];
  if (body.choices.length > LIMITS.choices) problems.push(`${body.choices.length} choices > ${LIMITS.choices}`);
  for (const c of body.choices) {
    if (!isObject(c) || str(c.name).length === 0 || str(c.name).length > LIMITS.choiceName) problems.push(`bad choice ${JSON.stringify(c)}`);
  }
  return problems;
}

const MODAL = { title: 45, components: 5, inputLabel: 45, inputValue: 4000 } as const;

/** A modal (interaction callback type 9) as Discord checks it: custom_id, title, rows of one text input each. */
export function modalProblems(data: unknown): string[] {
  if (!isObject(data)) return ['data is not an object'];
  const problems: string[] = [];
  const id = str(data.custom_id);
  if (id === '' || id.length > LIMITS.customId) problems.push(`custom_id must be 1 to ${LIMITS.customId} characters`);
  const title = str(data.title);
  if (title === '' || title.length > MODAL.title) problems.push(`title must be 1 to ${MODAL.title} characters`);
  const rows = Array.isArray(data.components) ? data.components : [];
  if (rows.length === 0 || rows.length > MODAL.components) problems.push(`a modal needs 1 to ${MODAL.components} components`);
  rows.forEach((row: unknown, i) => {
    const inputs = isObject(row) && row.type === 1 && Array.isArray(row.components) ? row.components : [];
    const input: unknown = inputs[0];
    if (inputs.length !== 1 || !isObject(input) || input.type !== 4) {
      problems.push(`components[${i}] must be an action row holding one text input`);
      return;
    }
    const label = str(input.label);
    if (label === '' || label.length > MODAL.inputLabel) problems.push(`components[${i}] label must be 1 to ${MODAL.inputLabel} characters`);
    if (str(input.custom_id) === '') problems.push(`components[${i}] needs a custom_id`);
    if (typeof input.max_length === 'number' && input.max_length > MODAL.inputValue) problems.push(`components[${i}] max_length over ${MODAL.inputValue}`);
  });
  return problems;
}
