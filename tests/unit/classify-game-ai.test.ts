import { describe, expect, it } from 'vitest';
import { classify, decide } from '../../lib/classify/index';
import { gameAiPhrase, gameAiTitle } from '../../lib/classify/game-ai';

/** Written for the tests: a game studio's AI programmer, whose AI is characters' behaviour. */
const GAME_AI_DUTIES = [
  'About the role',
  'Join the team that brings the creatures of our open-world adventure to life.',
  'Build the AI systems of our NPCs: perception, decision-making, navigation and combat tactics.',
  'Extend our behaviour trees and path finding on the navmesh, and profile them on consoles.',
  'Work with designers and animators to make enemies and companions feel alive in every encounter.',
  'Requirements',
  'Five years of C++ in a game engine, with at least one shipped title.',
].join('\n');

/** The same studio, where the characters' behaviour is learnt. */
const LEARNT_DUTIES = [
  'About the role',
  'Train reinforcement learning agents that drive our NPCs, and ship the neural policies in our game engine.',
  'Build the training pipelines in PyTorch, evaluate the models against play-testers, and serve them on consoles.',
  'Requirements',
  'Experience with deep learning and model training at scale.',
].join('\n');

describe('gameAiTitle', () => {
  it.each([
    ['Senior AI Programmer', 'Senior AI Programmer'],
    ['Gameplay AI Engineer, Open World', 'Gameplay AI Engineer'],
    ['AI Engineer - Games', 'AI Engineer - Games'],
    ['Lead AI Programmer | Stockholm', 'Lead AI Programmer'],
    ['ML Engineer, Games', undefined],
    ['AI Programmer (Machine Learning)', undefined],
    ['AI Engineer', undefined],
    ['Technical Program Manager, AI', undefined],
    ['Gameplay Programmer', undefined],
  ])('%s → %s', (title, expected) => {
    expect(gameAiTitle(title)).toBe(expected);
  });
});

describe('game AI', () => {
  it('is other, read from the title alone or with a description, and quotes what shows it first', () => {
    for (const description of [undefined, GAME_AI_DUTIES]) {
      const read = classify({ title: 'Senior AI Programmer', company: 'Northwind Games', description });
      expect(read.label).toBe('other');
      expect(read.confidence).toBeGreaterThanOrEqual(0.7);
      expect(read.evidence[0].phrase).toBe('Senior AI Programmer');
    }
  });

  it('is told by the duties when the title says only AI, and quotes them verbatim', () => {
    const read = classify({ title: 'Senior AI Engineer', company: 'Northwind Games', description: GAME_AI_DUTIES });
    expect(read.label).toBe('other');
    expect(GAME_AI_DUTIES).toContain(read.evidence[0].phrase);
    expect(gameAiPhrase('Senior AI Engineer', GAME_AI_DUTIES)).toBe('NPCs');
  });

  it('is not when the posting names learnt models: the model reads it as usual', () => {
    expect(gameAiPhrase('Senior AI Programmer', LEARNT_DUTIES)).toBeUndefined();
    expect(classify({ title: 'Senior AI Programmer', company: 'Northwind Games', description: LEARNT_DUTIES }).label).toBe('ai-platform');
  });

  it('needs more than one game word in a description ("gameplay" alone is not game AI)', () => {
    expect(gameAiPhrase('AI Engineer', 'You will build AI features that shape the gameplay of our users.')).toBeUndefined();
  });

  it('decides over the scores, with at least the rule\'s confidence', () => {
    expect(decide({ 'ai-platform': 0.8, 'forward-deployed': 0.1, other: 0.1 }, 2, { gameAi: true })).toEqual({ label: 'other', confidence: 0.7 });
    expect(decide({ 'ai-platform': 0.1, 'forward-deployed': 0.05, other: 0.85 }, null, { gameAi: true })).toEqual({ label: 'other', confidence: 0.85 });
  });
});
