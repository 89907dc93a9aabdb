/** Discord's dark theme, close enough to judge length, wrapping and hierarchy (colours from the client). */
export const THEME_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; background: #313338; }
body { color: #dbdee1; font: 16px/1.375 "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", "Noto Color Emoji", sans-serif;
  -webkit-font-smoothing: antialiased; }
.channel { color: #f2f3f5; font-weight: 600; padding: 12px 16px; border-bottom: 1px solid #1f2023; }
main { padding: 8px 0 16px; }
.message { padding: 2px 16px 2px 72px; margin-top: 17px; position: relative; }
.message.is-ephemeral { background: rgba(88,101,242,.05); }
.msg-grid { position: relative; }
.avatar { position: absolute; left: -56px; top: 2px; width: 40px; height: 40px; border-radius: 50%;
  background: #5865f2; color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.msg-head { display: flex; align-items: baseline; gap: 6px; }
.bot-name { color: #f2f3f5; font-weight: 600; }
.app-tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; padding: 0 4px; border-radius: 3px;
  line-height: 15px; align-self: center; }
.msg-time { color: #949ba4; font-size: 12px; }
.used { color: #949ba4; font-size: 14px; margin: 0 0 4px -56px; display: flex; align-items: center; gap: 4px;
  padding-left: 20px; position: relative; }
.used::before { content: ""; position: absolute; left: -2px; top: 9px; width: 20px; height: 10px;
  border-left: 2px solid #4e5058; border-top: 2px solid #4e5058; border-top-left-radius: 6px; }
.used-avatar { width: 16px; height: 16px; border-radius: 50%; background: #80848e; display: inline-block; }
.used-name { color: #f2f3f5; }
.cmd-name { color: #00a8fc; }
.content, .text-display, .embed-desc, .field-value { overflow-wrap: anywhere; }
.md-p { white-space: pre-wrap; }
.md-h1 { font-size: 24px; font-weight: 700; color: #f2f3f5; margin: 8px 0 4px; line-height: 1.375; }
.md-h2 { font-size: 20px; font-weight: 700; color: #f2f3f5; margin: 8px 0 4px; }
.md-h3 { font-size: 16px; font-weight: 700; color: #f2f3f5; margin: 8px 0 4px; }
.md-sub { font-size: 12px; color: #949ba4; }
ul, ol { margin: 0; padding-left: 24px; }
blockquote { margin: 0; padding: 0 8px 0 12px; border-left: 4px solid #4e5058; }
strong { font-weight: 700; }
code { background: #2b2d31; border-radius: 4px; padding: 0 .2em; font: .85em/1.125rem "DejaVu Sans Mono", monospace; }
.embed code, .container code { background: #1e1f22; }
pre.codeblock { background: #2b2d31; border: 1px solid #1e1f22; border-radius: 4px; padding: 8px; margin: 4px 0;
  font: 14px/1.125rem "DejaVu Sans Mono", monospace; white-space: pre-wrap; }
.link, a.link { color: #00a8fc; text-decoration: none; }
.mention { background: rgba(88,101,242,.3); color: #c9cdfb; border-radius: 3px; padding: 0 2px; font-weight: 500; }
.ts { background: rgba(255,255,255,.06); border-radius: 3px; padding: 0 2px; }
.spoiler { background: #1e1f22; color: #1e1f22; border-radius: 3px; }
.embed { display: flex; max-width: 520px; background: #2b2d31; border-left: 4px solid #1e1f22; border-radius: 4px;
  padding: 8px 16px 16px 12px; margin-top: 4px; gap: 16px; }
.embed-main { min-width: 0; flex: 1; }
.embed-author { font-size: 14px; font-weight: 600; color: #f2f3f5; margin-top: 8px; }
.embed-title { font-size: 16px; font-weight: 600; color: #f2f3f5; margin-top: 8px; }
.embed-title.link { color: #00a8fc; }
.embed-desc { font-size: 14px; line-height: 1.125rem; margin-top: 8px; }
.fields { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin-top: 8px; }
.field.full { grid-column: 1 / -1; }
.field-name { font-size: 14px; font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
.field-value { font-size: 14px; line-height: 1.125rem; }
.embed-footer { font-size: 12px; color: #dbdee1; margin-top: 8px; }
.components { margin-top: 4px; display: flex; flex-direction: column; gap: 8px; max-width: 600px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; }
.btn { display: inline-flex; align-items: center; gap: 4px; min-height: 32px; padding: 2px 16px; border-radius: 8px;
  font-size: 14px; font-weight: 500; color: #fff; background: #4e5058; white-space: nowrap; max-width: 100%;
  overflow: hidden; text-overflow: ellipsis; }
.btn.primary { background: #5865f2; } .btn.success { background: #248046; } .btn.danger { background: #da373c; }
.btn.premium { background: #c64ee0; } .btn.disabled { opacity: .5; } .ext { font-size: 12px; }
.select { width: 100%; max-width: 400px; }
.select-box { display: flex; justify-content: space-between; align-items: center; background: #1e1f22;
  border: 1px solid #1e1f22; border-radius: 4px; padding: 8px; min-height: 40px; font-size: 14px; }
.select.disabled { opacity: .5; }
.placeholder { color: #949ba4; }
.chev { color: #b5bac1; }
.menu { background: #2b2d31; border: 1px solid #1e1f22; border-top: 0; border-radius: 0 0 4px 4px; font-size: 14px; }
.opt { display: flex; gap: 8px; padding: 6px 8px; border-top: 1px solid #26272b; }
.opt-label { color: #dbdee1; } .opt-desc { color: #949ba4; font-size: 12px; }
.container { background: #2b2d31; border: 1px solid #3f4147; border-radius: 8px; padding: 16px;
  display: flex; flex-direction: column; gap: 8px; }
.container.accented { border-left: 4px solid; }
.section { display: flex; gap: 12px; align-items: flex-start; justify-content: space-between; }
.section-text { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 4px; }
.accessory { flex: none; }
.separator { height: 4px; } .separator.large { height: 16px; }
.separator.divider { border-top: 1px solid #3f4147; height: 1px; margin: 4px 0; }
.separator.divider.large { margin: 12px 0; }
.media { background: #1e1f22; border-radius: 8px; color: #949ba4; font-size: 12px; display: flex;
  align-items: center; justify-content: center; text-align: center; min-height: 120px; padding: 8px; overflow: hidden; }
.media.thumb { width: 85px; height: 85px; min-height: 0; flex: none; }
.gallery { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 4px; }
.file { background: #2b2d31; border: 1px solid #1e1f22; border-radius: 8px; padding: 12px; font-size: 14px; }
.unknown { border: 1px dashed #da373c; color: #f2f3f5; padding: 8px; font: 12px monospace; }
.ephemeral { color: #949ba4; font-size: 12px; margin-top: 4px; }
/* The phone client: a narrower gutter, so the message gets the width it has there. */
@media (max-width: 500px) {
  .message { padding: 2px 12px 2px 60px; }
  .avatar { left: -48px; }
  .used { margin-left: -48px; }
}
`;
