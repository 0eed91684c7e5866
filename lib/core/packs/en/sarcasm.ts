// English sarcasm and condescension aimed at the reader: no insult word, but a brand reply that mocks the customer.
// Written as constructions (a marker of irony or impatience that only makes sense addressed to someone), not as a list
// of sentences, and kept to those a sincere support reply never uses ("make sure you did", "as mentioned" pass).
import { familyRules } from '../common/shapes/build';
import { TONE } from '../common/shapes/tone';

export const ENGLISH_SARCASM_RULES = familyRules('en', TONE, {
  'insult.sarcasm-at-reader': {
    terms: [
      // Disbelief thrown back at the person.
      "sure you (did|didn't|were|weren't|do|are)",
      'takes one to know one',
      "if you('re| are) that (desperate|bothered|upset|unhappy)",
      '(before|instead of) (insulting|accusing|blaming|attacking|yelling at|shouting at) (people|us|others|everyone|our team)',
      'yeah(,)? right',
      'if you say so',
      'whatever you say',
      'cool story',
      '(screenshots?|pics|pictures|photos?|receipts|proof) or it (didn\'t|did not|never) happen',
      'citation needed',
      '(of course|obviously|naturally) (you|u) (do|did|would|are|were|have|want)',
      'patience is a virtue',
      '(alert|call|notify|tell) the (media|press|newspapers)',
      '(stop|hold) the (press|presses|front page)',
      'news at (11|ten|eleven)',
      '(they|people|everyone|we) (said|say|says) the same (about|of) you',
      '(have|did) you (even )?(tried|try) (reading|paying|using your|looking at the)',
      // Condescending vocatives.
      'sweetie',
      'sweetheart',
      'buttercup',
      'kiddo',
      // Impatience: "as we already said", "for the third time", "read our previous reply".
      '(as|like) (we|i) (already|just|have already|\'ve already|already have) (said|told you|explained|mentioned|stated|answered)',
      'as (already|previously) (said|stated|explained)',
      '(for|this is) the (third|fourth|fifth|tenth|hundredth|millionth|umpteenth|nth) time',
      '(explain|repeat) (it|this|that|myself|ourselves) (again )?(slowly|one more time|once more|in simple terms)',
      '(read|reread|re-read|scroll up to) (our|my) (previous|last|earlier|first|pinned) (reply|replies|tweet|tweets|message|messages|answer|answers)',
      'try (to )?keep(ing)? up',
      // Mock pity and mock praise.
      'must be nice to',
      '(how|however) (will|did|do|would|can|could|shall) you (ever |possibly )?(survive|cope|go on|manage)',
      // Mocking the message itself, or the way it was asked.
      '(thanks|thank you) for the (essay|novel|lecture|rant|life story|sermon|monologue|ted talk|speech|dissertation|saga)',
      'since you asked (so )?(nicely|politely|kindly|sweetly)',
      '(not sure|no idea) what you (expected|were expecting)',
      'what (else )?did you expect',
      '(clearly|obviously|apparently) you know (better|best|more) than',
      'take a deep breath',
      "(it's|it is) (just|only) a ... not the end of the world",
      'oh no(,)? (a whole|not the|the horror)',
      'the horror',
      'first world problems?',
      'boo hoo',
      'cry me a river',
      'waa+mbulance',
      'took you long enough',
      '(only|just) took you <num>',
      '(congrats|congratulations|well done|bravo|gold star|slow clap)(,)? (on|for) (finally |actually )?(finding|reading|discovering|figuring|working|learning|noticing|spotting|managing|being)',
      'slow clap',
      '(have|here\'s) a (cookie|gold star|medal)',
      '(oh|great|wonderful|fantastic|brilliant|look|ah|ahh)(,)? (another|an) (expert|genius|armchair|comedian|know it all|keyboard warrior)',
      'armchair (expert|pilot|lawyer|engineer|critic|economist|scientist)',
      'keyboard warriors?',
      'know(-| )it(-| )alls?',
      // Irony carried by a fake "because" or a fake surprise.
      '(yeah|sure|oh yes|right|of course)(,)? because (we|i) (totally|obviously|clearly|of course|personally|secretly|definitely)',
      'because we (totally|obviously|clearly|secretly|personally) (control|decide|make|own|run|cause|enjoy|love|want)',
      "(we'll|we will) (frame|treasure|cherish) (it|this|that)",
      'who (would have|could have|would\'ve|could\'ve|would ve|could ve) (thought|guessed)',
      'color me (surprised|shocked)',
      'what a (shock|shocker|surprise|concept|novel idea)',
      'let me guess',
      'lmgtfy',
      'let me google that for you',
      'reading (is|must be) (hard|difficult|fundamental)',
      'reading comprehension',
      'can you (even |not |actually )?read',
      '(do|did) you (even )?(read|know how to read)',
    ],
    unless: {
      near: [
        '(make|makes|making|be|to be) sure you',
        'are you sure',
        "(i'm|i am|we're|we are) sure you",
        'yeah(,)? right (away|now|here|there|back|after|on|then|at|there)',
        'what a (surprise|shock) (gift|party|visit|bonus)',
        // "rewatching it for the millionth time" is about the writer's evening, not at the reader.
        '(watching|rewatching|watched|listening to|playing|reading|visiting|flying|winning|won|named|voted|ranked|awarded|celebrating|hosting|welcoming|opening|eating|seeing|hearing|doing) ... for the',
        'time (this|today|tonight|in a row|running|since|ever|now|and counting)',
      ],
    },
    examples: {
      should_flag: [
        'Sure you did. Screenshots or it didn’t happen.',
        'For the third time: the offer ended yesterday.',
        'Good for you, sweetie.',
        'Yeah right, because we totally control the weather.',
        'Thanks for the essay. Please DM us.',
        'Not sure what you expected for that price, but ok.',
      ],
      should_pass: [
        'Make sure you did the update first, then restart the app.',
        'As mentioned, the store opens at 9.',
        'Yeah, right away! We’ll sort it.',
        'Let us know if the lamp is not what you expected and we’ll help with a return.',
      ],
    },
  },
  // A smirk, an upside-down smile or a shrug, in a reply to a complaint that speaks to the person: irony at them, not a
  // warm touch. Alone, in a post or on a friendly exchange, these emoji are too often self-mockery to count.
  'insult.ironic-emoji-at-reader': {
    terms: ['😏', '🙃', '🤷'],
    requires: ["(you|your|you're|youre|yours|yourself|u|ur)"],
    unless: { near: ['(we|we\'re|our|us|i|i\'m|my) ... (🙃|🤷)'] },
    examples: {
      should_flag: [
        { incoming: 'My parcel never arrived, the driver did not even knock', draft: 'Are you sure? Our drivers always knock, maybe check your doorbell 🙃' },
        { incoming: 'You charged my card twice for the same lamp', draft: 'Twice? Pretty confident you clicked once? 😏' },
      ],
      should_pass: [
        { incoming: 'My parcel never arrived', draft: 'Mondays, am I right 🙃 Please DM us your order number.' },
        { incoming: 'Love the new lamp, thanks!', draft: 'So glad you like it 😏 Enjoy!' },
      ],
    },
  },
});
