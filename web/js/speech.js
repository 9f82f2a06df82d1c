// "Lyssna": the device's own speech synthesis (Web Speech API) reads a course page or a statement
// aloud, for people who read Swedish as a second language. Only voices of the device itself
// (voice.localService): a browser's online voices send the text to its maker's servers, and this
// page makes no request to anyone. The app learns which languages have such a voice (none: no
// "Lyssna" button) and is told when reading ends.
const LANGS = { sv: 0, en: 1 };  // bit per language, as dl_set_voices reads them

export function createSpeech({ onVoices, onEnded }) {
  const synth = window.speechSynthesis;
  const Utterance = window.SpeechSynthesisUtterance;
  if (!synth || !Utterance) {
    onVoices(0);
    return { speak: () => onEnded(), stop() {} };
  }
  let voices = {};
  const pick = () => {
    voices = {};
    for (const voice of synth.getVoices()) {
      if (!voice.localService) continue;
      const lang = voice.lang.toLowerCase().slice(0, 2);
      if (lang in LANGS && (!voices[lang] || voice.default)) voices[lang] = voice;
    }
    onVoices(Object.keys(voices).reduce((mask, lang) => mask | (1 << LANGS[lang]), 0));
  };
  pick();
  synth.addEventListener?.('voiceschanged', pick);  // many browsers list their voices late
  let current = null;
  return {
    speak(text, lang) {
      const voice = voices[lang];
      if (!voice) {
        onEnded();
        return;
      }
      current = null;  // what was being read ends quietly: this text takes over
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;  // a little slower than the default: clearer for a second language
      const ended = () => {
        if (current !== utterance) return;  // a later text took over
        current = null;
        onEnded();
      };
      utterance.onend = ended;
      utterance.onerror = ended;
      current = utterance;
      synth.speak(utterance);
    },
    stop() {
      current = null;
      synth.cancel();
    },
  };
}
