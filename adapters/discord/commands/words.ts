import type { LocalizationMap } from 'discord.js';

/** What a command, sub-command or option is called and says, in English then Chinese: [name, 名称, description, 描述]. */
export type Words = readonly [name: string, zhName: string, description: string, zhDescription: string];

interface Named {
  setName(name: string): this;
  setNameLocalizations(names: LocalizationMap | null): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(descriptions: LocalizationMap | null): this;
}

/** Names and describes a command, sub-command or option in both languages: Discord shows zh-CN users the Chinese. */
export function named<T extends Named>(target: T, [name, zhName, description, zhDescription]: Words): T {
  return target.setName(name).setNameLocalizations({ 'zh-CN': zhName }).setDescription(description).setDescriptionLocalizations({ 'zh-CN': zhDescription });
}
