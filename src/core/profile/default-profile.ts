/**
 * The built-in profile: the spec's standard structure. Written out whole — with the values the schema
 * would default — rather than run through the zod schema, so that checking a sheet does not load
 * zod: the pane loads it only when a region's profile is read. A test keeps it equal to what the
 * schema makes of it.
 */
import type { Profile } from './schema';

export const DEFAULT_PROFILE: Profile = {
  name: 'Стандартная структура дорожной карты',
  description: 'Built-in default: the five fields of the spec, in the usual order.',
  fields: {
    number: { headers: ['№ п/п', '№', 'N п/п', '№ пп', 'номер', 'n'], required: false },
    name: {
      headers: ['Наименование мероприятия', 'Мероприятие', 'Мероприятия', 'Содержание работы', 'Перечень мероприятий', 'Наименование'],
      required: true,
    },
    deadline: {
      headers: ['Срок', 'Сроки', 'Срок реализации', 'Срок исполнения', 'Срок выполнения', 'Срок проведения', 'Дата проведения', 'Период реализации'],
      required: true,
    },
    responsible: {
      headers: ['Ответственный', 'Ответственные', 'Ответственный исполнитель', 'Ответственные исполнители', 'Ответственные лица', 'Исполнитель', 'Исполнители', 'Ответственный за исполнение'],
      required: true,
    },
    result: {
      headers: ['Ожидаемый результат', 'Планируемый результат', 'Результат', 'Результаты', 'Информация об исполнении', 'Итоговый документ'],
      required: false,
    },
  },
  order: ['number', 'name', 'deadline', 'responsible', 'result'],
  columns: {},
  vagueDeadlines: [],
  vagueResponsibles: ['все участники', 'заинтересованные лица', 'по согласованию', 'все', 'участники'],
  rules: {},
  consolidation: { meanUnits: ['%', 'процент', 'доля'], expectedSchools: [] },
};
