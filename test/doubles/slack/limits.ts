// Slack's limits for a message, as the real API enforces them (it answers
// invalid_blocks): the double refuses what Slack would refuse, so a renderer
// that overflows fails the tests instead of failing in a workspace.

const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
const MAX_TEXT = 40_000;
const MAX_BUTTON_TEXT = 75;
const MAX_BUTTON_VALUE = 2000;
const MAX_ACTION_ID = 255;
const MAX_IMAGE_URL = 3000;
const MAX_ALT_TEXT = 2000;
const MAX_IMAGE_TITLE = 2000;

/** Whether a file id names a completed upload the bot may show (an image block's slack_file). */
type KnownFile = (id: string) => boolean;

export function checkMessage(message: Record<string, unknown>, knownFile: KnownFile = () => false): string | undefined {
  const { text, blocks } = message;
  if (text !== undefined && (typeof text !== 'string' || text.length > MAX_TEXT)) return 'text is not a string of at most 40,000 characters';
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks is not a list';
  if (blocks.length > MAX_BLOCKS) return `${blocks.length} blocks, more than ${MAX_BLOCKS}`;
  const actionIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const problem = checkBlock(block, actionIds, knownFile);
    if (problem !== undefined) return `block ${i}: ${problem}`;
  }
  return undefined;
}

function checkBlock(block: unknown, actionIds: Set<string>, knownFile: KnownFile): string | undefined {
  if (!isFields(block)) return 'not an object';
  switch (block.type) {
    case 'image':
      return checkImage(block, knownFile);
    case 'divider':
      return undefined;
    case 'section':
      return checkText(block.text, MAX_SECTION_TEXT);
    case 'header': {
      if (isFields(block.text) && block.text.type !== 'plain_text') return 'header text must be plain_text';
      return checkText(block.text, MAX_HEADER_TEXT);
    }
    case 'context': {
      if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10) return 'context needs 1 to 10 elements';
      for (const element of block.elements) {
        const problem = checkText(element, MAX_SECTION_TEXT);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'actions': {
      if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25) return 'actions needs 1 to 25 elements';
      for (const element of block.elements) {
        if (!isFields(element) || element.type !== 'button') return 'only buttons are expected';
        const problem = checkText(element.text, MAX_BUTTON_TEXT);
        if (problem !== undefined) return `button text: ${problem}`;
        if (element.text !== undefined && isFields(element.text) && element.text.type !== 'plain_text') return 'button text must be plain_text';
        if (typeof element.value !== 'string' || element.value.length > MAX_BUTTON_VALUE) return 'button value must be at most 2,000 characters';
        if (typeof element.action_id !== 'string' || element.action_id.length > MAX_ACTION_ID) return 'bad action_id';
        if (actionIds.has(element.action_id)) return `action_id ${element.action_id} is used twice`;
        actionIds.add(element.action_id);
      }
      return undefined;
    }
    default:
      return `unexpected block type ${String(block.type)}`;
  }
}

/** An image block: alt text, and exactly one of image_url or slack_file (by id or url); a slack_file id must be a completed upload. */
function checkImage(block: Record<string, unknown>, knownFile: KnownFile): string | undefined {
  const { alt_text: alt, image_url: url, slack_file: file, title } = block;
  if (typeof alt !== 'string' || alt.length === 0 || alt.length > MAX_ALT_TEXT) return 'image alt_text must be 1 to 2,000 characters';
  if ((url === undefined) === (file === undefined)) return 'image needs exactly one of image_url and slack_file';
  if (url !== undefined && (typeof url !== 'string' || url.length > MAX_IMAGE_URL)) return 'image_url must be at most 3,000 characters';
  if (file !== undefined) {
    if (!isFields(file) || (file.id === undefined) === (file.url === undefined)) return 'slack_file needs exactly one of id and url';
    if (file.id !== undefined && (typeof file.id !== 'string' || !knownFile(file.id))) return `slack_file ${String(file.id)} is not a completed upload`;
  }
  if (title !== undefined) {
    if (isFields(title) && title.type !== 'plain_text') return 'image title must be plain_text';
    return checkText(title, MAX_IMAGE_TITLE);
  }
  return undefined;
}

function checkText(text: unknown, max: number): string | undefined {
  if (!isFields(text) || (text.type !== 'mrkdwn' && text.type !== 'plain_text') || typeof text.text !== 'string') return 'text object expected';
  if (text.text.length === 0) return 'empty text';
  if (text.text.length > max) return `text of ${text.text.length} characters, more than ${max}`;
  return undefined;
}

function isFields(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_VIEW_TITLE = 24;
const MAX_PRIVATE_METADATA = 3000;
const MAX_VIEW_BLOCKS = 100;
const MAX_INPUT_LABEL = 2000;
const MAX_INPUT_LENGTH = 3000;

/** A modal as views.open checks it (Slack answers invalid_arguments): titles, metadata, input blocks. */
export function checkView(view: unknown): string | undefined {
  if (!isFields(view) || view.type !== 'modal') return 'view must be a modal';
  for (const field of ['title', 'submit', 'close'] as const) {
    const text = view[field];
    if (field === 'title' && text === undefined) return 'a modal needs a title';
    if (text !== undefined && (!isFields(text) || text.type !== 'plain_text' || typeof text.text !== 'string' || text.text.length > MAX_VIEW_TITLE))
      return `${field} must be plain_text of at most ${MAX_VIEW_TITLE} characters`;
  }
  if (view.private_metadata !== undefined && (typeof view.private_metadata !== 'string' || view.private_metadata.length > MAX_PRIVATE_METADATA))
    return 'private_metadata must be at most 3,000 characters';
  if (!Array.isArray(view.blocks) || view.blocks.length > MAX_VIEW_BLOCKS) return 'a modal needs at most 100 blocks';
  for (const block of view.blocks) {
    if (!isFields(block) || block.type !== 'input') continue;
    if (!isFields(block.label) || typeof block.label.text !== 'string' || block.label.text.length > MAX_INPUT_LABEL) return 'input label too long';
    const element = block.element;
    if (!isFields(element) || element.type !== 'plain_text_input' || typeof element.action_id !== 'string')
      return 'only plain_text_input elements are expected';
    if (element.max_length !== undefined && (typeof element.max_length !== 'number' || element.max_length > MAX_INPUT_LENGTH)) return 'max_length over 3,000';
  }
  return undefined;
}
