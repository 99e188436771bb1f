// Discord ids are snowflakes: milliseconds since the Discord epoch, shifted
// left 22 bits, plus an increment. discord.js reads creation times from them.
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}
