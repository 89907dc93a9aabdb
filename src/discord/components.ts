import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
} from 'discord.js';
import { truncate } from './markdown.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

// Discord limits: 100-character custom ids, 80-character button labels, 25 select options of 100 characters.
export function button(
  customId: string,
  label: string,
  opts: { disabled?: boolean; primary?: boolean } = {},
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: opts.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
    custom_id: customId,
    label: truncate(label, 80),
    disabled: opts.disabled ?? false,
  };
}

export function buttonRow(...buttons: APIButtonComponent[]): Row {
  return { type: ComponentType.ActionRow, components: buttons };
}

export function selectRow(customId: string, placeholder: string, options: APISelectMenuOption[]): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: truncate(placeholder, 150),
        min_values: 1,
        max_values: 1,
        options: options.slice(0, 25).map((o) => ({
          ...o,
          label: truncate(o.label, 100),
          ...(o.description ? { description: truncate(o.description, 100) } : {}),
        })),
      },
    ],
  };
}

/**
 * Previous/Next buttons for page `page` of `pages`. Ids in one message must differ, so a disabled button
 * carries the current page (never clicked) while the enabled one carries its target.
 */
export function pagerRow(
  idFor: (page: number) => string,
  page: number,
  pages: number,
  labels: { previous: string; next: string },
): Row {
  const hasPrev = page > 0;
  const hasNext = page < pages - 1;
  return buttonRow(
    button(idFor(hasPrev ? page - 1 : page), `◀ ${labels.previous}`, { disabled: !hasPrev }),
    button(idFor(hasNext ? page + 1 : page), `${labels.next} ▶`, { disabled: !hasNext }),
  );
}
