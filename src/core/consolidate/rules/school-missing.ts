import { defineConsolidationRule } from '../rule';

export const schoolMissing = defineConsolidationRule({
  id: 'school-missing',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Нет файла школы', en: 'School file missing' },
      description: {
        ru: 'Школа из списка ожидаемых не прислала файл (или его не удалось узнать по имени).',
        en: 'A school of the expected list sent no file (or its file could not be recognised by name).',
      },
      fix: {
        ru: 'Запросите файл у школы; если он есть, назовите его так, чтобы в имени было название школы.',
        en: 'Ask the school for its file; if it is there, name it so that the school’s name is in the file name.',
      },
    },
    messages: {
      missing: { ru: 'Нет файла школы «{school}» из списка ожидаемых.', en: 'No file from the expected school «{school}».' },
    },
  },
  create({ report }) {
    return {
      schoolMissing(name) {
        report({ messageId: 'missing', data: { school: name }, school: null, at: { sheet: '', row: null, cell: '', value: name }, indicator: null, column: null });
      },
    };
  },
});
