// Generic words the PII finders need, all languages in one table (a masker applies every language at once:
// calls mix them). Nothing here comes from a scenario.

export const ADDRESS_WORDS = {
  roads: ["大道", "路", "街", "巷", "胡同", "弄"],
  estates: ["小区", "花园", "公寓", "大厦", "广场", "中心", "家园", "新村", "苑"],
  rooms: ["号楼", "栋", "幢", "座", "单元", "层", "楼", "室", "号院", "号"],
  admin: ["省", "市", "区", "县", "镇", "乡"],
  /** Characters that end a place name when walking left: verbs and particles around an address. */
  notInPlaceNames: ["到", "寄", "住", "在", "是", "址", "往", "送", "从", "于", "的", "为", "给", "了", "我", "你", "他", "她", "搬", "去"],
  streetTypes: ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Boulevard", "Blvd", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Highway"],
  subUnits: ["Apt", "Apartment", "Suite", "Ste", "Unit", "Floor", "Fl", "Room", "#"],
} as const;

export const PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/** How people give their own name in a call. `name` captures it; `surname` captures a family name alone. */
export const NAME_CUES: readonly { pattern: RegExp; group: "name" | "surname" }[] = [
  { pattern: /(?:免贵)?姓(?<v>[\u4e00-\u9fa5]{1,2}?)(?=[，,。！!\s]|$|叫|名)/g, group: "surname" },
  { pattern: /我叫(?<v>(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|端木|长孙)[\u4e00-\u9fa5]{1,2}|[\u4e00-\u9fa5]{2,3}?)(?=[，,。！!\s是的]|$)/g, group: "name" },
  { pattern: /(?:[Mm]y name is|[Mm]y name's|[Tt]his is|I'm|I am|ask for|speak with|speak to)\s+(?:[a-z]+(?:\s+[a-z]+)?,\s+)?(?<v>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g, group: "name" },
];

/** Words after "this is" / "I'm" that are not names. */
export const NOT_NAMES = new Set(["The", "This", "That", "Not", "Just", "Sorry", "Fine", "Good", "Here", "Busy", "Calling", "Speaking", "Sure", "Yes", "No", "Okay", "Ok", "Afraid", "Glad", "Happy", "Very", "So", "His", "Her", "A", "An"]);

/** Titles around a family name: a family name alone is masked only next to one of these. */
export const NAME_TITLES = {
  before: ["Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "小", "老"],
  after: ["先生", "女士", "小姐", "老师", "师傅", "总", "经理", "阿姨", "叔叔", "同学", "医生", "大夫"],
} as const;
