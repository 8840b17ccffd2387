import type { Person } from '../../schemas/person.js';
import type { Team } from '../memory-data.js';
import { DEMO } from './ids.js';

/** [id, name, title, managerId, teamId] */
type Row = readonly [string, string, string, string | null, string | null];

const ENG = DEMO.teamIds.engineering;
const SALES = DEMO.teamIds.sales;
const PEOPLE = DEMO.teamIds.people;
const CS = DEMO.teamIds.customerSuccess;

const ROWS: readonly Row[] = [
  ['p-amara', 'Amara Okafor', 'Chief Executive Officer', null, null],

  ['p-lars', 'Lars Eriksson', 'VP Engineering', 'p-amara', ENG],
  ['p-mei', 'Mei Chen', 'Engineering Manager, Platform', 'p-lars', ENG],
  ['p-priya', 'Priya Raman', 'Senior Software Engineer', 'p-mei', ENG],
  ['p-diego', 'Diego Alvarez', 'Software Engineer', 'p-mei', ENG],
  ['p-fatima', 'Fatima Al-Sayed', 'Staff Engineer', 'p-mei', ENG],
  ['p-tomasz', 'Tomasz Kowalski', 'Software Engineer', 'p-mei', ENG],
  ['p-aisha', 'Aisha Bello', 'Quality Engineer', 'p-mei', ENG],
  ['p-kenji', 'Kenji Watanabe', 'Site Reliability Engineer', 'p-mei', ENG],
  ['p-jonas', 'Jonas Weber', 'Engineering Manager, Product Experience', 'p-lars', ENG],
  ['p-sofia', 'Sofia Rossi', 'Frontend Engineer', 'p-jonas', ENG],
  ['p-kwame', 'Kwame Mensah', 'Backend Engineer', 'p-jonas', ENG],
  ['p-hannah', 'Hannah Schmidt', 'Product Designer', 'p-jonas', ENG],
  ['p-ravi', 'Ravi Patel', 'Mobile Engineer', 'p-jonas', ENG],
  ['p-elena', 'Elena Petrova', 'Data Engineer', 'p-jonas', ENG],

  ['p-marcus', 'Marcus Johnson', 'VP Sales', 'p-amara', SALES],
  ['p-isabela', 'Isabela Costa', 'Sales Manager, EMEA', 'p-marcus', SALES],
  ['p-liam', "Liam O'Connor", 'Account Executive', 'p-isabela', SALES],
  ['p-yuki', 'Yuki Tanaka', 'Account Executive', 'p-isabela', SALES],
  ['p-noah', 'Noah Williams', 'Sales Development Representative', 'p-isabela', SALES],
  ['p-zanele', 'Zanele Dlamini', 'Senior Account Executive', 'p-isabela', SALES],
  ['p-omar', 'Omar Haddad', 'Sales Engineer', 'p-isabela', SALES],
  ['p-grace', 'Grace Kim', 'Sales Manager, Americas', 'p-marcus', SALES],
  ['p-ethan', 'Ethan Brooks', 'Account Executive', 'p-grace', SALES],
  ['p-valentina', 'Valentina Cruz', 'Account Executive', 'p-grace', SALES],
  ['p-jamal', 'Jamal Wright', 'Sales Development Representative', 'p-grace', SALES],
  ['p-hiroshi', 'Hiroshi Sato', 'Solutions Consultant', 'p-grace', SALES],

  ['p-nadia', 'Nadia Rahman', 'Head of People & Culture', 'p-amara', PEOPLE],
  ['p-samuel', 'Samuel Adeyemi', 'People Partner Lead', 'p-nadia', PEOPLE],
  ['p-chloe', 'Chloé Martin', 'People Partner', 'p-samuel', PEOPLE],
  ['p-ana', 'Ana Lima', 'Talent Acquisition Specialist', 'p-samuel', PEOPLE],
  ['p-ben', 'Ben Carter', 'Learning & Development Specialist', 'p-samuel', PEOPLE],
  ['p-leila', 'Leila Nasser', 'People Operations Coordinator', 'p-samuel', PEOPLE],

  ['p-olivia', 'Olivia Brown', 'VP Customer Success', 'p-amara', CS],
  ['p-mateo', 'Mateo Fernández', 'Customer Success Lead', 'p-olivia', CS],
  ['p-ingrid', 'Ingrid Larsen', 'Customer Success Manager', 'p-mateo', CS],
  ['p-arjun', 'Arjun Mehta', 'Support Engineer', 'p-mateo', CS],
  ['p-chiara', 'Chiara Bianchi', 'Customer Success Manager', 'p-mateo', CS],
  ['p-david', 'David Levi', 'Onboarding Specialist', 'p-mateo', CS],
  ['p-mariam', 'Mariam Yusuf', 'Support Specialist', 'p-mateo', CS],
  ['p-lucas', 'Lucas Dubois', 'Technical Account Manager', 'p-mateo', CS],
];

export function demoPeople(): Person[] {
  return ROWS.map(([id, name, title, managerId, teamId]) => {
    const person: Person = { id, name, title, managerId };
    if (teamId) person.teamId = teamId;
    return person;
  });
}

export function demoTeams(): Team[] {
  return [
    { id: ENG, name: 'Engineering', leadId: 'p-lars' },
    { id: SALES, name: 'Sales', leadId: 'p-marcus' },
    { id: PEOPLE, name: 'People & Culture', leadId: 'p-nadia' },
    { id: CS, name: 'Customer Success', leadId: 'p-olivia' },
  ];
}

/** Direct reports per manager id. */
export function reportsOf(people: readonly Person[]): Map<string, Person[]> {
  const map = new Map<string, Person[]>();
  for (const p of people) {
    if (!p.managerId) continue;
    const list = map.get(p.managerId) ?? [];
    list.push(p);
    map.set(p.managerId, list);
  }
  return map;
}

export const firstName = (person: Pick<Person, 'name'>) => person.name.split(' ')[0] ?? person.name;
