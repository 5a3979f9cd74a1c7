/**
 * GitHub client. (Skeleton: the foundation work fills in retry/throttling and PR context resolution.)
 */
import { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>
