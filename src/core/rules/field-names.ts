import type { Field, Language } from '../findings';

export const FIELD_NAMES: Record<Language, Record<Field, string>> = {
  ru: { number: '№ п/п', name: 'Наименование мероприятия', deadline: 'Срок', responsible: 'Ответственный', result: 'Результат' },
  en: { number: 'No.', name: 'Event', deadline: 'Deadline', responsible: 'Responsible', result: 'Result' },
};
