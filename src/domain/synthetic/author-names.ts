import { chance, createWeightedPicker, pickOne, type Random } from './random';

/** Given names and family names of one writing system, and how a full name is put together in it. */
interface NameScript {
  script: string;
  givenNames: readonly string[];
  familyNames: readonly string[];
  /** Puts the two parts in the script's order, such as family name first and no space in Chinese. */
  compose: (given: string, family: string) => string;
}

const westernOrder = (given: string, family: string) => `${given} ${family}`;

// Common given and family names, combined at random, so that no generated name refers to a real person.
const NAME_SCRIPTS: readonly NameScript[] = [
  {
    script: 'latin',
    givenNames: ['Ana', 'Wei', 'Lea', 'Tomas', 'Priya', 'Omar', 'Nina', 'Jonas', 'Maya', 'Felix', 'Sara', 'Daniel',
      'Ines', 'Kofi', 'Elena', 'Marco', 'Hana', 'Lucas', 'Amara', 'Ravi', 'Clara', 'Samuel', 'Yara', 'Noah', 'Irene',
      'Mateo', 'Aisha', 'Leon', 'Julia', 'Arjun', 'Freya', 'Pablo', 'Mina', 'Oskar', 'Lina', 'Victor'],
    familyNames: ['Sousa', 'Zhang', 'Novak', 'Moreau', 'Okafor', 'Larsen', 'Haddad', 'Silva', 'Kim', 'Rossi',
      'Fischer', 'Mensah', 'Patel', 'Costa', 'Bauer', 'Tanaka', 'Lindqvist', 'Garcia', 'Ivanova', 'Brennan', 'Duarte',
      'Weber', 'Nakamura', 'Olsen', 'Reyes', 'Kowalski', 'Osei', 'Marino', 'Hoffman', 'Varga', 'Quinn', 'Suzuki'],
    compose: westernOrder,
  },
  {
    script: 'accented-latin',
    givenNames: ['José', 'Zoë', 'Łukasz', 'Søren', 'Inês', 'Jürgen', 'Çağla', 'Anaïs', 'Björn', 'Renée', 'Tomáš',
      'Małgorzata', 'Ümit', 'Joël', 'Ágnes', 'Dóra', 'Şebnem', 'Ørjan'],
    familyNames: ['Müller', 'Núñez', 'Kovačević', 'Ødegård', 'Şahin', 'Nguyễn', 'Dvořák', 'Lefèvre', 'Gonçalves',
      'Åberg', 'Wójcik', 'Jóhannsdóttir', 'Ibáñez', 'Gündoğan', 'Hạnh', 'Brontë'],
    compose: westernOrder,
  },
  {
    script: 'chinese',
    givenNames: ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '杰', '涛', '明华', '晓燕', '志强', '雪梅'],
    familyNames: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'],
    compose: (given, family) => `${family}${given}`,
  },
  {
    script: 'japanese',
    givenNames: ['陽菜', '結衣', '蓮', '大翔', 'さくら', '翔太', '美咲', '悠真', 'あかり', '健太'],
    familyNames: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'],
    compose: (given, family) => `${family} ${given}`,
  },
  {
    script: 'cyrillic',
    givenNames: ['Анна', 'Дмитрий', 'Елена', 'Иван', 'Ольга', 'Сергей', 'Мария', 'Николай', 'Татьяна', 'Алексей'],
    familyNames: ['Иванова', 'Смирнов', 'Кузнецова', 'Попов', 'Волкова', 'Соколов', 'Морозова', 'Лебедев'],
    compose: westernOrder,
  },
  {
    script: 'greek',
    givenNames: ['Γιώργος', 'Μαρία', 'Νίκος', 'Ελένη', 'Δημήτρης', 'Σοφία', 'Κώστας', 'Αικατερίνη'],
    familyNames: ['Παπαδόπουλος', 'Παππά', 'Γεωργίου', 'Νικολάου', 'Οικονόμου', 'Αλεξίου'],
    compose: westernOrder,
  },
  {
    script: 'arabic',
    givenNames: ['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'مريم', 'عمر', 'نور'],
    familyNames: ['العلي', 'حسن', 'الخطيب', 'منصور', 'الشامي', 'عثمان'],
    compose: westernOrder,
  },
  {
    script: 'devanagari',
    givenNames: ['अमित', 'प्रिया', 'राहुल', 'अनीता', 'विकास', 'सुनीता', 'अर्जुन', 'कविता'],
    familyNames: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'जोशी'],
    compose: westernOrder,
  },
];

/** Share of each writing system among the generated names, in the order of NAME_SCRIPTS. */
const SCRIPT_WEIGHTS = [0.55, 0.2, 0.07, 0.05, 0.05, 0.03, 0.03, 0.02];

const pickScript = createWeightedPicker(NAME_SCRIPTS, SCRIPT_WEIGHTS);
const INITIALS = 'ABCDEFGHIJKLMNOPRSTVW';
/** Tries per name before a duplicate is accepted, which only happens once most combinations are used. */
const MAX_TRIES_PER_NAME = 8;

function composeName(random: Random, script: NameScript, withInitial: boolean): string {
  const given = pickOne(random, script.givenNames);
  const family = pickOne(random, script.familyNames);
  const isLatin = script.script === 'latin' || script.script === 'accented-latin';
  const initial = withInitial && isLatin ? ` ${pickOne(random, [...INITIALS])}.` : '';

  return script.compose(`${given}${initial}`, family);
}

/**
 * Builds `size` author names mixing Latin, accented Latin, Chinese, Japanese, Cyrillic, Greek, Arabic and Devanagari
 * names. Names are distinct while combinations last: a middle initial widens the Latin ones.
 */
export function buildAuthorPool(random: Random, size: number): string[] {
  const names: string[] = [];
  const seen = new Set<string>();

  while (names.length < size) {
    let name = '';
    for (let attempt = 0; attempt < MAX_TRIES_PER_NAME; attempt++) {
      name = composeName(random, pickScript(random), attempt > 0 || chance(random, 0.3));
      if (!seen.has(name)) break;
    }

    seen.add(name);
    names.push(name);
  }

  return names;
}
