/** Student: my courses for one academic year and semester. */
import { $, h, replace } from '../dom.js';
import { tEnum } from '../i18n.js';
import { api, query } from '../api.js';
import { initPage } from '../nav.js';
import { teacherNames } from '../format.js';
import { cells, defaultTerm, emptyRow, showError } from '../widgets.js';

const me = await initPage({ roles: ['STUDENT'] });

async function load() {
  const academicYear = $('#year-input').value;
  const semester = $('#semester-select').value;
  try {
    const list = await api(`/students/${encodeURIComponent(me.studentId)}/courses${query({ academicYear, semester })}`);
    const items = list.items || [];
    replace($('#course-table tbody'), items.length ? items.map((c) => h('tr', { dataset: { courseId: c.id } },
      cells(c.code, c.name, c.subject, tEnum('courseType', c.type), String(c.credits ?? ''), teacherNames(c.teachers))))
      : emptyRow(6, 'courses.empty'));
    $('#courses-error').hidden = true;
  } catch (e) {
    showError($('#courses-error'), e);
  }
}

if (me) {
  defaultTerm($('#year-input'), $('#semester-select'));
  $('#term-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
}
