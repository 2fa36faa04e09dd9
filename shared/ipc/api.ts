import type { Result } from '../errors';
import type { Channel, MenuCommand } from './channels';
import type { Input, Output } from './contract';

/**
 * What the renderer sees as `window.preseance`: one function per channel, built from the
 * channel list, plus a subscription to native menu commands. Nothing else crosses the bridge.
 */
export type PreseanceApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> } & {
  onMenuCommand(listener: (command: MenuCommand, arg: string | null) => void): () => void;
};
