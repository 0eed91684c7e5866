// English aggression at a person or a group: avowed hatred, threats, calls to violence, dehumanising labels. Each term
// names who it is aimed at (the reader, people, a group), so a hated Monday, a killer deal or a pest control visit pass.
import { familyRules } from '../common/shapes/build';
import { TONE } from '../common/shapes/tone';

/** Who the aggression is aimed at: the reader, people, or a group of people named by what they are. */
const TARGET =
  '(you|you all|all of you|them|those|these|people|folks|women|men|girls|immigrants|refugees|migrants|foreigners|muslims|jews|christians|gays|lesbians|blacks|whites|asians|arabs|mexicans|the disabled|liberals|conservatives|leftists|feminists|* people)';
/** Any group named with a demonstrative ("those landlords"): only with predicates that cannot be about things. */
const ANY_GROUP = '(those|these|all|all the|all those) *';
/** One person of a group. */
const ONE_OF =
  '(woman|man|immigrant|refugee|migrant|foreigner|muslim|jew|christian|gay|lesbian|trans person|black person|white person|asian|arab|disabled person)';

export const ENGLISH_AGGRESSION_RULES = familyRules('en', TONE, {
  'insult.aggression': {
    terms: [
      // Avowed hatred of people.
      `(i|we) (really |absolutely |truly |just |fucking )?(hate|detest|loathe|despise|can't stand|cannot stand) (all )?(of )?${TARGET}`,
      `(so much|such) (hatred|hate|contempt|disgust) (for|towards?) ${TARGET}`,
      `${TARGET} (make|makes) me (sick|want to (vomit|puke|throw up))`,
      `${TARGET} (disgust|disgusts|repulse|repulses|sicken|sickens) me`,
      // Dehumanising labels put on people.
      `${TARGET} (are|r) (all |just |nothing but |such )?(a |an )?(pest|pests|parasites?|vermin|scum|subhumans?|sub-humans?|savages|animals|plague|disease|cancer|filth|rats|cockroaches|worthless|a waste of (space|oxygen|air))`,
      `${ANY_GROUP} (are|r) (all |just |nothing but )?(a )?(pest|pests|parasites?|vermin|scum|subhumans?|sub-humans?|savages|cockroaches)`,
      `(nothing|no one|nobody) (is )?worse than (a|an) ${ONE_OF}`,
      // Threats and calls to violence.
      '(should|must|deserve to|need to|ought to) (all )?(be )?(killed|shot|hanged|hung|burned|burnt|gassed|exterminated|executed|wiped out|lynched)',
      `(i|we) (will|'ll|want to|wanna|am going to|'m going to|am gonna|'m gonna|are going to|are gonna|would love to) (kill|murder|hurt|beat up|shoot|stab|end) ${TARGET}`,
      `(make|making) ${TARGET} suffer`,
      `(end|ending) (every|all) ${ONE_OF}`,
      `(i|we) wish (all |every )?${TARGET} (would|were|was) (die|dead|killed|shot|gone|wiped out)`,
      `(i|we) wish ${ANY_GROUP} (would|were|was) (die|dead|killed|shot|wiped out)`,
      '(go|just) (kill|hang) yourself',
      'kys',
      '(hope|wish) you (die|get hit by|get cancer|burn|rot)',
    ],
    // Counter-speech that quotes hate in plain words to condemn it is not aggression (test/corpus/README.md).
    unless: {
      near: [
        '(if|when) (you|they|people|someone|somebody) (say|says|said|write|writes|wrote|think|thinks|post|posts|tweet|tweets)',
        '(you|they|people|someone|she|he) (say|says|said|write|writes|wrote) (stuff|things) like',
        '(statements?|comments?|words|phrases?|things|stuff|messages?|tweets?|posts?|slogans?|chants?) (like|such as)',
        '(for|by|from|stop|of) (saying|writing|posting|tweeting)',
        '(dehumanising|dehumanizing|hurtful|hateful|disgusting|unacceptable|shocking|awful|terrible|bigoted|racist|sexist|vile) (thing )?(to say|to write|to read|to hear)',
        "(i|we)('ll| will) (report|block) (it|them|you)",
        // "I hate it when people…" is a grumble about a habit, not hatred of people.
        "(hate|detest|can't stand|cannot stand) (it )?when",
      ],
    },
    examples: {
      should_flag: ['We detest people like you.', 'Those people are parasites.', 'You should all be shot.'],
      should_pass: ['We hate Mondays too!', 'This deal is a killer.', 'Our pest control visit is booked for Monday.', 'Comments like "you people make me sick" will be removed.'],
    },
  },
});
