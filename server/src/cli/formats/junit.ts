// The junit format: one test suite per file, one failed test case per finding, for CI systems that
// show JUnit XML reports.
import { severityName, type Formatter } from './result';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  // XML 1.0 allows no control characters but tab and line breaks, nor lone surrogates.
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

export const formatJunit: Formatter = results => {
  const suites = results.map(({ file, diagnostics, error }) => {
    const name = escapeXml(file);
    if (error !== undefined) {
      return `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n    <testcase name="read" classname="${name}"><error message="${escapeXml(`cannot read: ${error}`)}"/></testcase>\n  </testsuite>\n`;
    }
    const cases = diagnostics.map(d => {
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const severity = severityName(d);
      return `    <testcase name="${escapeXml(`${d.code} ${where}`)}" classname="${name}">` +
        `<failure message="${escapeXml(d.message)}" type="${severity}">${escapeXml(`${file}:${where} ${severity} ${d.code} ${d.message}`)}</failure></testcase>\n`;
    });
    return `  <testsuite name="${name}" tests="${cases.length}" failures="${cases.length}" errors="0">\n${cases.join('')}  </testsuite>\n`;
  });
  const tests = results.reduce((n, r) => n + (r.error !== undefined ? 1 : r.diagnostics.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="resolint" tests="${tests}">\n${suites.join('')}</testsuites>\n`;
};
