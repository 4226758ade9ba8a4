// The browser's speech recognition, where it exists (Chrome's webkitSpeechRecognition, the standard name
// elsewhere): one utterance in the call's language becomes the text of the input box.

interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionClass = new () => Recognition;

function recognitionClass(): RecognitionClass | null {
  const scope = globalThis as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

export const speechAvailable = (): boolean => recognitionClass() !== null;

/** Listens once; calls `onText` with the running transcript and `onEnd` when the browser stops. */
export function listen(language: string, onText: (text: string) => void, onEnd: () => void): (() => void) | null {
  const Class = recognitionClass();
  if (Class === null) return null;
  const recognition = new Class();
  recognition.lang = language === "zh" ? "zh-CN" : "en-US";
  recognition.interimResults = true;
  recognition.onresult = (event) => {
    let text = "";
    for (let i = 0; i < event.results.length; i++) text += event.results[i]?.[0]?.transcript ?? "";
    onText(text);
  };
  recognition.onend = onEnd;
  recognition.start();
  return () => recognition.stop();
}
